package org.marginalia.core.corpus;

import java.util.List;
import java.util.stream.Collectors;

/** A corpus operation that could not be done; carries every problem found, each naming its file. */
public class CorpusException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<CorpusProblem> problems;

    public CorpusException(List<CorpusProblem> problems) {
        super(problems.stream().map(CorpusProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public CorpusException(CorpusProblem problem) {
        this(List.of(problem));
    }

    public CorpusException(CorpusProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problems = List.of(problem);
    }

    public List<CorpusProblem> problems() {
        return problems;
    }
}
