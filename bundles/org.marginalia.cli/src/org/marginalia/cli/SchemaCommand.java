package org.marginalia.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.ConfinedFolder;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.schema.SchemaChange;
import org.marginalia.core.schema.SchemaLoader;

/**
 * {@code schema --corpus DIR [--json]}: the kinds, attributes, tag sets and relation kinds a corpus annotates with;
 * {@code schema --corpus DIR --change FILE}: replaces the schema by FILE, carrying renamed kinds and attributes along
 * and refusing, with counts, to drop anything annotations use.
 */
final class SchemaCommand implements Commands.Command {

    @Override
    public String summary() {
        return "print a corpus's schema: span kinds with their attributes, relation kinds, tag sets";
    }

    @Override
    public String usage() {
        return """
                usage: marginalia schema --corpus DIR [--json]
                       marginalia schema --corpus DIR --change FILE [--dry-run]
                  --change FILE  replace the corpus's schema by FILE (an Ecore file, see the README). Kinds and attributes
                                 renamed with a renamedFrom detail carry their annotations along (their files are
                                 rewritten); removing a kind, attribute or tag-set value that annotations use is refused
                  --dry-run      say what --change would do, and write nothing""";
    }

    @Override
    public void run(Options options, PrintStream out) throws CorpusException, UsageException {
        Path folder = options.requiredPath("corpus");
        boolean json = options.flag("json");
        String change = options.optional("change", null);
        boolean dryRun = options.flag("dry-run");
        options.rejectUnknown();
        if (change != null && json) {
            throw new UsageException("--json prints the schema; --change replaces it: give one of them");
        }
        if (dryRun && change == null) {
            throw new UsageException("--dry-run goes with --change FILE");
        }
        LoadedCorpus corpus = CorpusStore.load(folder);
        if (change != null) {
            change(corpus, Path.of(change), dryRun, out);
            return;
        }
        String file = corpus.corpus().getSchema();
        List<CorpusProblem> schemaProblems = corpus.problems().stream()
                .filter(p -> file != null && p.file().getFileName().toString().equals(Path.of(file).getFileName().toString())).toList();
        if (!schemaProblems.isEmpty()) {
            throw new CorpusException(schemaProblems);
        }
        CorpusSchema schema = CorpusSchema.of(corpus);
        out.println(json ? json(schema, file) : text(schema, file));
    }

    private static void change(LoadedCorpus corpus, Path file, boolean dryRun, PrintStream out) throws CorpusException {
        if (!corpus.problems().isEmpty()) {
            throw new CorpusException(corpus.problems());
        }
        Path newFile = file.toAbsolutePath();
        ConfinedFolder source = new ConfinedFolder(newFile.getParent());
        EPackage next = SchemaLoader.read(source, newFile);
        byte[] bytes = source.read(newFile, ConfinedFolder.XML_LIMIT);
        SchemaChange plan = SchemaChange.plan(corpus, AnnotationStore.loadAllOrFail(corpus), next);
        if (!plan.refused().isEmpty()) {
            List<CorpusProblem> problems = plan.refused().stream()
                    .map(use -> new CorpusProblem(newFile, "drops " + use.what() + ", which " + use.count()
                            + (use.count() == 1 ? " annotation uses" : " annotations use") + " (in " + use.files().stream().map(Path::toString).sorted().toList()
                            + "); keep it, or rename it with a renamedFrom detail; nothing was changed"))
                    .toList();
            throw new CorpusException(problems);
        }
        plan.renames().forEach(rename -> out.println("rename " + rename));
        List<Path> files = plan.filesToRewrite();
        if (dryRun) {
            out.println("would rewrite " + files.size() + " annotation files and the schema; nothing was written (--dry-run)");
            return;
        }
        try {
            plan.apply(bytes);
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(corpus.layout().root(), "the schema was not changed: " + e.getMessage()), e);
        }
        out.println("rewrote " + files.size() + " annotation files; the schema is now " + file.getFileName() + "'s");
    }

    private static String text(CorpusSchema schema, String file) {
        StringBuilder text = new StringBuilder(file == null ? "the built-in kinds (no schema file)" : "schema " + file
                + schema.customPackage().map(p -> " (" + p.getName() + ", " + p.getNsURI() + ")").orElse("")).append('\n');
        text.append("span kinds:\n");
        for (EClass kind : schema.spanKinds()) {
            text.append(String.format("  %-16s %-2s %-8s %s%n", kind.getName(), CorpusSchema.key(kind).orElse("-"),
                    CorpusSchema.isBuiltIn(kind) ? "built-in" : CorpusSchema.color(kind).orElse("-"), CorpusSchema.description(kind).orElse("")));
            attributes(kind, text);
        }
        text.append("relation kinds:\n");
        for (EClass kind : schema.relationKinds()) {
            text.append(String.format("  %-16s %s -> %s  %s%n", kind.getName(), ends(schema, kind, true), ends(schema, kind, false),
                    CorpusSchema.description(kind).orElse("")));
            attributes(kind, text);
        }
        text.append("tag sets:\n");
        for (EEnum tagSet : schema.tagSets()) {
            text.append("  ").append(tagSet.getName()).append(": ").append(String.join(", ", tagSet.getELiterals().stream()
                    .map(value -> value.getLiteral() + CorpusSchema.description(value).map(meaning -> " (" + meaning + ")").orElse("")).toList()))
                    .append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static void attributes(EClass kind, StringBuilder text) {
        if (CorpusSchema.isBuiltIn(kind)) {
            return;
        }
        for (EStructuralFeature attribute : CorpusSchema.attributesOf(kind)) {
            List<String> suggested = CorpusSchema.suggestedValues(attribute);
            text.append(String.format("      %-14s %s%s%s%s%n", attribute.getName(), CorpusSchema.typeOf(attribute),
                    attribute.getLowerBound() > 0 ? ", required" : "", attribute.isMany() ? ", several" : "",
                    suggested.isEmpty() ? "" : ", open tag set: " + String.join(", ", suggested)));
        }
    }

    private static String ends(CorpusSchema schema, EClass relation, boolean governor) {
        List<EClass> allowed = schema.allowedEnds(relation, governor);
        return allowed.isEmpty() ? "any" : String.join("|", allowed.stream().map(EClass::getName).toList());
    }

    private static String json(CorpusSchema schema, String file) {
        StringBuilder json = new StringBuilder("{\"file\":").append(file == null ? "null" : JsonText.string(file)).append(",\"spanKinds\":[");
        List<EClass> spans = schema.spanKinds();
        for (int i = 0; i < spans.size(); i++) {
            json.append(i == 0 ? "" : ",").append(kind(spans.get(i)));
        }
        json.append("],\"relationKinds\":[");
        List<EClass> relations = schema.relationKinds();
        for (int i = 0; i < relations.size(); i++) {
            EClass relation = relations.get(i);
            String kind = kind(relation);
            json.append(i == 0 ? "" : ",").append(kind, 0, kind.length() - 1)
                    .append(",\"governorKinds\":").append(names(schema.allowedEnds(relation, true)))
                    .append(",\"dependentKinds\":").append(names(schema.allowedEnds(relation, false))).append('}');
        }
        json.append("],\"tagSets\":[");
        List<EEnum> tagSets = schema.tagSets();
        for (int i = 0; i < tagSets.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\":").append(JsonText.string(tagSets.get(i).getName())).append(",\"values\":")
                    .append(strings(tagSets.get(i).getELiterals().stream().map(EEnumLiteral::getLiteral).toList())).append('}');
        }
        return json.append("]}").toString();
    }

    private static String kind(EClass kind) {
        StringBuilder json = new StringBuilder("{\"name\":").append(JsonText.string(kind.getName()))
                .append(",\"builtIn\":").append(CorpusSchema.isBuiltIn(kind))
                .append(",\"key\":").append(CorpusSchema.key(kind).map(JsonText::string).orElse("null"))
                .append(",\"color\":").append(CorpusSchema.color(kind).map(JsonText::string).orElse("null"))
                .append(",\"description\":").append(CorpusSchema.description(kind).map(JsonText::string).orElse("null"))
                .append(",\"attributes\":[");
        List<EStructuralFeature> attributes = CorpusSchema.isBuiltIn(kind) ? List.of() : CorpusSchema.attributesOf(kind);
        for (int i = 0; i < attributes.size(); i++) {
            EStructuralFeature attribute = attributes.get(i);
            json.append(i == 0 ? "" : ",").append("{\"name\":").append(JsonText.string(attribute.getName()))
                    .append(",\"type\":").append(JsonText.string(CorpusSchema.typeOf(attribute)))
                    .append(",\"required\":").append(attribute.getLowerBound() > 0)
                    .append(",\"many\":").append(attribute.isMany()).append('}');
        }
        return json.append("]}").toString();
    }

    private static String names(List<EClass> kinds) {
        return strings(kinds.stream().map(EClass::getName).toList());
    }

    private static String strings(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            json.append(i == 0 ? "" : ",").append(JsonText.string(values.get(i)));
        }
        return json.append(']').toString();
    }
}
