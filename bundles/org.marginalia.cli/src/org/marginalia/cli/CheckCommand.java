package org.marginalia.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.marginalia.core.assist.ConsistencyChecker;
import org.marginalia.core.assist.Finding;
import org.marginalia.core.assist.ReferenceAnnotations;
import org.marginalia.core.compare.DismissedCandidates;
import org.marginalia.core.compare.SourceComparison;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;

/** {@code check --corpus DIR [--json] [--raw]}: where the sources disagree with each other. */
final class CheckCommand implements Commands.Command {

    @Override
    public String summary() {
        return "find where the sources disagree (titles, figures, dates, quotes)";
    }

    @Override
    public String usage() {
        return """
                usage: marginalia check --corpus DIR [--json] [--raw [--analyst ID]]
                  Compares what the documents say, using each document's curated set, or what a majority of its
                  analysts agree on: one person with different titles or affiliations, one counted thing with
                  different figures, one event with different dates (relative dates resolved against publication
                  dates), one statement with different speakers or wording.
                  --raw  also compares the raw texts, before anyone annotates: statements aligned across the
                         documents, and candidates where they differ (quotations worded differently, figures as
                         ranges, dates, descriptions, hedges, attribution), each with a confidence, for an analyst to judge
                  --analyst ID  leaves out the candidates that analyst dismissed in the workbench""";
    }

    @Override
    public void run(Options options, PrintStream out) throws CorpusException, UsageException {
        LoadedCorpus corpus = CorpusStore.load(options.requiredPath("corpus"));
        boolean json = options.flag("json");
        boolean raw = options.flag("raw");
        String analyst = options.optional("analyst", null);
        options.rejectUnknown();
        if (analyst != null && !raw) {
            throw new UsageException("--analyst chooses whose dismissed candidates to leave out: it goes with --raw");
        }
        LoadedAnnotations annotations = AnnotationStore.loadAllOrFail(corpus);
        List<Finding> findings = ConsistencyChecker.check(ReferenceAnnotations.of(corpus, annotations));
        List<Finding> candidates = raw ? SourceComparison.of(corpus.corpus().getDocuments()).candidates() : List.of();
        if (analyst != null) {
            candidates = DismissedCandidates.of(corpus.layout(), analyst).without(candidates);
        }
        if (json) {
            out.println(raw ? "{\"findings\":" + json(findings) + ",\"candidates\":" + json(candidates) + "}" : json(findings));
            return;
        }
        out.println(findings.size() + " findings in " + corpus.corpus().getName() + " (from the annotations)");
        findings.forEach(out::println);
        if (raw) {
            out.println();
            out.println(candidates.size() + " candidates from the raw texts (to judge: each says how sure it is)");
            candidates.forEach(out::println);
        }
    }

    private static String json(List<Finding> findings) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            json.append(i == 0 ? "" : ",").append("{\"type\":").append(JsonText.string(f.type().label()))
                    .append(",\"subject\":").append(JsonText.string(f.subject()))
                    .append(",\"confidence\":").append(String.format(Locale.ROOT, "%.2f", f.confidence()))
                    .append(",\"explanation\":").append(JsonText.string(f.explanation())).append(",\"sources\":[");
            for (int s = 0; s < f.sources().size(); s++) {
                Finding.Source source = f.sources().get(s);
                json.append(s == 0 ? "" : ",").append("{\"document\":").append(JsonText.string(source.documentId()))
                        .append(",\"begin\":").append(source.begin()).append(",\"end\":").append(source.end())
                        .append(",\"text\":").append(JsonText.string(source.text()))
                        .append(",\"says\":").append(JsonText.string(source.says())).append('}');
            }
            json.append("]}");
        }
        return json.append(']').toString();
    }
}
