/** The fast-check seed that CI replays, and that the mutation test uses for the same reason. */
export const CI_FAST_CHECK_SEED = 20200905;
