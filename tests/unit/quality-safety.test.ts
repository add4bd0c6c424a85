import { describe, expect, it } from 'vitest';
import { pageProblems, policyProblems } from '../../tests/tools/check-safety';
import { elementsOf } from '../../tests/tools/html';

const strict = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'";
const page = (body: string, policy = strict): string =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('policyProblems', () => {
  it('accepts this origin and hashes only', () => {
    expect(policyProblems(strict)).toEqual([]);
  });
  it("rejects 'unsafe-inline', 'unsafe-eval' and other origins in script-src", () => {
    expect(policyProblems("script-src 'self' 'unsafe-inline' 'unsafe-eval' https://cdn.example.com")).toEqual([
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
      'script-src allows https://cdn.example.com',
    ]);
  });
  it('allows data: images but no wildcard anywhere', () => {
    expect(policyProblems("default-src 'self'; img-src 'self' data:")).toEqual([]);
    expect(policyProblems('default-src *')).toEqual(['default-src allows *']);
  });
});

describe('pageProblems', () => {
  it('passes a page with a strict policy and plain markup', () => {
    expect(pageProblems(elementsOf(page('<p><a href="https://example.com" target="_blank" rel="noopener noreferrer">x</a></p>')))).toEqual([]);
  });
  it('flags a missing policy', () => {
    expect(pageProblems(elementsOf('<!doctype html><p>hi</p>'))).toContain('0 Content-Security-Policy <meta> elements (want 1)');
  });
  it('flags inline handlers, javascript: URLs, style attributes and unhashed inline scripts', () => {
    const problems = pageProblems(
      elementsOf(page('<button onclick="go()">x</button><a href="javascript:go()">y</a><p style="color:red">z</p><script>go()</script>')),
    );
    expect(problems).toEqual([
      '<button> has an inline event handler onclick',
      '<a> href is a javascript: URL',
      '<p> has a style attribute, which the CSP blocks',
      'an inline <script> is not covered by a hash in script-src',
    ]);
  });
  it('flags a new-window link without rel="noopener"', () => {
    expect(pageProblems(elementsOf(page('<a href="https://example.com" target="_blank">x</a>')))).toEqual([
      '<a> "https://example.com" opens a new window without rel="noopener"',
    ]);
  });
});
