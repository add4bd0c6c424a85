/** The size charts are laid out at in the built HTML, before the browser measures the real box. */
export const serverSize = { width: 640, height: 440 } as const;
