package org.mirsad.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mirsad} command. Exit codes (DESIGN.md): 0 success, 1 bad input or usage (with a
 * message naming what is wrong), 2 internal error. A user's mistake never shows a stack trace.
 */
@Command(name = "mirsad", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Arabic news intelligence: clean articles, duplicates, entities, stories, search.",
        subcommands = {ExtractCommand.class, AnnotateCommand.class, OutletsCommand.class, EvalCommand.class,
                TagCommand.class, TrainCommand.class, IngestCommand.class, DemoCommand.class, SearchCommand.class,
                ServeCommand.class, ExportCommand.class, BenchSearchCommand.class, EvalSearchCommand.class,
                BenchCommand.class, GrowIndexCommand.class, CompactIndexCommand.class, StoriesCommand.class, StoryCommand.class, EventsCommand.class,
                CommandLine.HelpCommand.class})
public final class MirsadCli implements Runnable {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int INTERNAL_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MirsadCli());
        cl.setOut(new PrintWriter(System.out, true));
        cl.setParameterExceptionHandler((ex, argv) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("mirsad: " + ex.getMessage());
            c.getErr().println("Try 'mirsad " + (c.getCommandName().equals("mirsad") ? "" : c.getCommandName() + " ")
                    + "--help'.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof UserInputException) {
                c.getErr().println("mirsad: " + ex.getMessage());
                return BAD_INPUT;
            }
            c.getErr().println("mirsad: internal error: " + ex);
            if (System.getenv("MIRSAD_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            } else {
                c.getErr().println("(set MIRSAD_DEBUG=1 for the stack trace)");
            }
            return INTERNAL_ERROR;
        });
        return cl;
    }
}
