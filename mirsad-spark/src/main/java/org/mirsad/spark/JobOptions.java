package org.mirsad.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * What the Spark job is told: its inputs (local paths, {@code hdfs://} or {@code s3a://} URIs, files
 * or directories walked recursively), where the Parquet tables go, and how many partitions to read
 * into. Parsed once; an unknown option is rejected by name.
 *
 * @param inputs     files or directories
 * @param out        output directory (one sub-directory per table)
 * @param partitions minimum number of input partitions (0: Spark's default)
 */
public record JobOptions(List<String> inputs, String out, int partitions) {

    public static final String USAGE = "usage: MirsadSparkJob --out DIR [--partitions N] INPUT...";

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given; " + USAGE);
        }
        if (out == null || out.isBlank()) {
            throw new IllegalArgumentException("--out is required; " + USAGE);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 or more, not " + partitions);
        }
    }

    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = value(args, ++i, a);
                case "--partitions" -> {
                    String v = value(args, ++i, a);
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions takes a whole number, not '" + v + "'");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
                    }
                    inputs.add(a);
                }
            }
        }
        return new JobOptions(inputs, out, partitions);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }
}
