package org.marginalia.core.schema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusResources;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.SafeXml;
import org.marginalia.model.MarginaliaPackage;

/**
 * Edits of a corpus's schema made in the workbench (Marginalia > New Kind...): a new span kind is checked on a
 * copy against {@link SchemaRules} first, then added to the live package the corpus's annotations use, and the
 * schema file is written. Adding a kind is always safe for the data: nothing that exists changes.
 */
public final class SchemaEdits {

    private SchemaEdits() {
    }

    /** What is wrong with adding a span kind so named, keyed and coloured to {@code schema} (null: the corpus has none yet). */
    public static List<String> problemsOfNewKind(EPackage schema, String name, String key, String color, String description) {
        EPackage trial = schema == null ? newSchema("trial") : EcoreUtil.copy(schema);
        trial.getEClassifiers().add(spanKind(name, key, color, description));
        return SchemaRules.check(trial);
    }

    /**
     * Adds a span kind to the corpus's schema, making the schema if the corpus has none, and writes the schema
     * file. When the corpus had no schema, its description now names one: the caller saves the description.
     *
     * @throws IllegalArgumentException naming the problems if the kind breaks the schema's rules
     */
    public static EClass addSpanKind(LoadedCorpus corpus, String name, String key, String color, String description) throws IOException {
        EPackage schema = CorpusSchema.of(corpus).customPackage().orElse(null);
        List<String> problems = problemsOfNewKind(schema, name, key, color, description);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (schema == null) {
            schema = newSchema(corpus.corpus().getName());
            SchemaLoader.register(corpus.resources(), schema);
            corpus.corpus().setSchema(CorpusImporter.SCHEMA_FILE);
        }
        EClass kind = spanKind(name, key, color, description);
        schema.getEClassifiers().add(kind);
        write(schema, schemaFile(corpus));
        return kind;
    }

    /** The schema file a corpus's schema is kept in. */
    public static Path schemaFile(LoadedCorpus corpus) {
        String path = corpus.corpus().getSchema();
        return corpus.layout().root().resolve(path == null ? CorpusImporter.SCHEMA_FILE : path);
    }

    /** A new, empty schema package for a corpus: its namespace is made unique, since annotation files name kinds by it. */
    static EPackage newSchema(String corpusName) {
        EPackage schema = EcoreFactory.eINSTANCE.createEPackage();
        schema.setName("team");
        schema.setNsPrefix("team");
        String slug = corpusName == null ? "corpus" : corpusName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        schema.setNsURI("http://marginalia.org/schema/" + (slug.isEmpty() ? "corpus" : slug) + "/" + EcoreUtil.generateUUID());
        return schema;
    }

    private static EClass spanKind(String name, String key, String color, String description) {
        EClass kind = EcoreFactory.eINSTANCE.createEClass();
        kind.setName(name);
        kind.getESuperTypes().add(MarginaliaPackage.eINSTANCE.getCustomSpan());
        EAnnotation details = EcoreFactory.eINSTANCE.createEAnnotation();
        details.setSource(CorpusSchema.SOURCE);
        putIfGiven(details, CorpusSchema.COLOR, color);
        putIfGiven(details, CorpusSchema.KEY, key == null ? null : key.toUpperCase(Locale.ROOT));
        putIfGiven(details, CorpusSchema.DESCRIPTION, description);
        kind.getEAnnotations().add(details);
        return kind;
    }

    private static void putIfGiven(EAnnotation details, String key, String value) {
        if (value != null && !value.isBlank()) {
            details.getDetails().put(key, value.strip());
        }
    }

    /** Writes {@code schema} (a copy, so the live package stays in no file's resource) atomically to {@code file}. */
    private static void write(EPackage schema, Path file) throws IOException {
        Resource resource = CorpusResources.newResourceSet().createResource(CorpusResources.uriOf(file));
        resource.getContents().add(EcoreUtil.copy(schema));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, SafeXml.saveOptions());
        AtomicFiles.write(file, bytes.toByteArray());
    }
}
