/** The time for decisions that depend on opening hours; tests set it to a known Tuesday morning or Sunday night. */
export const clock = {
  now: (): Date => new Date(),
};
