package org.marginalia.ui.editor;

import java.util.List;
import java.util.Objects;

import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;

/**
 * A set shown in the document editor as it was at another time (an earlier commit of the team's repository),
 * read only: the editor paints it and lets the analyst walk and read it, refuses every change with
 * {@link #notice()}, and never saves it. The set lives apart from the corpus's own sets, so the analyst's
 * working set is not touched. Two inputs are equal when they show the same version of the same set.
 */
public final class ReadOnlySetInput extends DocumentEditorInput {

    private final AnnotationSet set;
    private final List<CorpusProblem> problems;
    private final String version;
    private final String description;
    private final String notice;

    /**
     * @param set the set to show, of a document of {@code corpus}
     * @param problems what was found wrong in it when it was read
     * @param version a short name of the version, for the editor's tab ("1a2b3c4d")
     * @param description what the set is, shown above the text ("ana's set of 001 as at commit 1a2b3c4d, ...")
     * @param notice what the analyst is told when they try to change it
     */
    public ReadOnlySetInput(LoadedCorpus corpus, AnnotationSet set, List<CorpusProblem> problems, String version, String description,
            String notice) {
        super(corpus, set.getDocument());
        this.set = set;
        this.problems = List.copyOf(problems);
        this.version = version;
        this.description = description;
        this.notice = notice;
    }

    public AnnotationSet getSet() {
        return set;
    }

    public List<CorpusProblem> problems() {
        return problems;
    }

    public String description() {
        return description;
    }

    public String notice() {
        return notice;
    }

    @Override
    public String getName() {
        return shortTitle(28) + " @ " + version;
    }

    @Override
    public String getToolTipText() {
        return description;
    }

    private String owner() {
        return set.isCurated() ? null : set.getAnalystId();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && version.equals(((ReadOnlySetInput) other).version) && Objects.equals(owner(), ((ReadOnlySetInput) other).owner());
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), version, owner());
    }
}
