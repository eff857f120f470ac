/** Input the shard commands refuse (exit code 1), with the sentence that says what to do; anything else is a bug. */
export class RefusedInput extends Error {}
