package dev.retort.cli;

import dev.retort.workflow.PendingContract;
import dev.retort.workflow.PendingWorkflow;
import dev.retort.workflow.Project;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pending", description = {"List the contract steps that expand revisions (revision --autogenerate"
        + " --expand) left and no contract revision completed yet, each with the expand revision it came from.",
        "Reads the revision files only. Exit 0."})
final class PendingCommand implements Callable<Integer>, HasGlobalOptions {

    enum Format { text, json }

    @ParentCommand
    RetortCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Override
    public GlobalOptions globalOptions() {
        return root.global;
    }

    @Override
    public Integer call() throws Exception {
        List<PendingContract.Pending> pending;
        try (Project project = Projects.open(globalOptions(), spec.commandLine().getErr())) {
            pending = new PendingWorkflow(project).pending();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            List<Object> steps = new ArrayList<>();
            for (PendingContract.Pending step : pending) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("step", step.step().step());
                entry.put("what", step.step().what());
                entry.put("revision", step.expand().id());
                entry.put("message", step.expand().message());
                steps.add(entry);
            }
            out.println(Json.value(Map.of("pending", steps)));
        } else {
            PendingWorkflow.lines(pending).forEach(out::println);
        }
        return ExitCode.OK;
    }
}
