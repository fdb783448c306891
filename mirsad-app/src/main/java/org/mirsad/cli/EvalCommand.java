package org.mirsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code mirsad eval ...}: measurements against real data, each a subcommand printing its figures
 * (docs/&lt;feature&gt;.md quotes them with the command).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures Mirsad against reference data (accuracy and speed); one subcommand per feature.",
        subcommands = {EvalSegmentCommand.class, EvalDatesCommand.class, EvalNerCommand.class, EvalDedupCommand.class,
                EvalEventsCommand.class, EvalStoriesCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
