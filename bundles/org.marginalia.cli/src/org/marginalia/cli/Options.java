package org.marginalia.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@code --name value} and {@code --flag} options of one command; unknown or missing ones are usage errors. */
final class Options {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    static Options parse(String[] args) throws UsageException {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            if (options.values.put(name, hasValue ? args[++i] : "") != null) {
                throw new UsageException("--" + name + " is given twice");
            }
        }
        return options;
    }

    String required(String name) throws UsageException {
        String value = optional(name, null);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    Path requiredPath(String name) throws UsageException {
        return Path.of(required(name));
    }

    /** The option's value, or {@code fallback} when it is not given; given without a value, a usage error. */
    String optional(String name, String fallback) throws UsageException {
        used.add(name);
        String value = values.get(name);
        if (value != null && value.isEmpty()) {
            throw new UsageException("--" + name + " needs a value");
        }
        return value == null ? fallback : value;
    }

    /** A {@code --name} option without a value. */
    boolean flag(String name) throws UsageException {
        used.add(name);
        String value = values.get(name);
        if (value != null && !value.isEmpty()) {
            throw new UsageException("--" + name + " takes no value");
        }
        return value != null;
    }

    /** Call after reading every option a command knows: anything left is a typo worth reporting. */
    void rejectUnknown() throws UsageException {
        for (String name : values.keySet()) {
            if (!used.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
    }
}
