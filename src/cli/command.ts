export interface CliCommand {
	/** Arguments after the command name, for the usage line. */
	usage: string;
	/** Runs with the arguments after the command name; resolves to the exit code. */
	run(args: string[]): Promise<number>;
}
