/** Checks that step ids are unique across all sections and that every alias maps an old id to a current one. */

/** A list of step ids and where it was written (named in the error). */
export interface StepIdOwner {
  where: string;
  ids: readonly string[];
}

/** Throws, naming the file, on the first step id used twice (in one list or across lists). */
export function checkUniqueStepIds(owners: readonly StepIdOwner[]): void {
  const seen = new Map<string, string>();
  for (const { where, ids } of owners) {
    for (const id of ids) {
      const first = seen.get(id);
      if (first !== undefined) throw new Error(`${where}: duplicate step id "${id}" (also in ${first}); step ids must be unique across all sections`);
      seen.set(id, where);
    }
  }
}

/** Throws, naming the file, when an alias points at no current step or an old id is still a current one. */
export function checkStepAliases(aliases: Readonly<Record<string, string>>, current: readonly string[], where: string): void {
  for (const [old, now] of Object.entries(aliases)) {
    if (current.includes(old)) throw new Error(`${where}: "${old}" is a current step id, so it cannot also be an alias (of "${now}")`);
    if (!current.includes(now)) throw new Error(`${where}: alias "${old}" points at "${now}", which is not a step id in src/charts/steps.ts`);
  }
}
