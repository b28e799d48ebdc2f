package org.marginalia.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.schema.CorpusSchema;

/** {@code schema --corpus DIR [--json]}: the kinds, attributes, tag sets and relation kinds a corpus annotates with. */
final class SchemaCommand implements Commands.Command {

    @Override
    public String summary() {
        return "print a corpus's schema: span kinds with their attributes, relation kinds, tag sets";
    }

    @Override
    public String usage() {
        return "usage: marginalia schema --corpus DIR [--json]";
    }

    @Override
    public void run(Options options, PrintStream out) throws CorpusException, UsageException {
        Path folder = options.requiredPath("corpus");
        boolean json = options.flag("json");
        options.rejectUnknown();
        LoadedCorpus corpus = CorpusStore.load(folder);
        String file = corpus.corpus().getSchema();
        List<CorpusProblem> schemaProblems = corpus.problems().stream()
                .filter(p -> file != null && p.file().getFileName().toString().equals(Path.of(file).getFileName().toString())).toList();
        if (!schemaProblems.isEmpty()) {
            throw new CorpusException(schemaProblems);
        }
        CorpusSchema schema = CorpusSchema.of(corpus);
        out.println(json ? json(schema, file) : text(schema, file));
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
            text.append("  ").append(tagSet.getName()).append(": ")
                    .append(String.join(", ", tagSet.getELiterals().stream().map(EEnumLiteral::getLiteral).toList())).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static void attributes(EClass kind, StringBuilder text) {
        if (CorpusSchema.isBuiltIn(kind)) {
            return;
        }
        for (EStructuralFeature attribute : CorpusSchema.attributesOf(kind)) {
            text.append(String.format("      %-14s %s%s%s%n", attribute.getName(), CorpusSchema.typeOf(attribute),
                    attribute.getLowerBound() > 0 ? ", required" : "", attribute.isMany() ? ", several" : ""));
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
