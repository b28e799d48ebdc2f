package org.marginalia.core.corpus;

import java.util.List;

/** What an import of annotated material (brat, UIMA) made, the files it could not read, and what Marginalia does not keep of it. */
public record ImportReport(LoadedCorpus corpus, List<CorpusProblem> problems, List<String> notImported) {
}
