package org.marginalia.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.marginalia.core.corpus.CorpusResources;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Corpus;
import org.marginalia.model.MarginaliaPackage;

/**
 * One self-contained EMF XMI file: the corpus (with its texts and entities) followed by the chosen
 * annotation sets as further roots, all references inside the file. The model is written beside it as
 * {@code marginalia.ecore}, and a corpus's own schema as {@code schema.ecore} (its kinds extend the model's
 * classes by the model's namespace), so any EMF tool can load the export without Marginalia.
 */
final class EmfXmiExporter implements CorpusExporter {

    static final String ECORE_FILE = "marginalia.ecore";
    static final String SCHEMA_FILE = "schema.ecore";

    @Override
    public List<Path> outputs(LoadedCorpus corpus, Path out) {
        List<Path> outputs = new ArrayList<>(List.of(out, ecoreFile(out)));
        CorpusSchema.of(corpus).customPackage().ifPresent(schema -> outputs.add(schemaFile(out)));
        return outputs;
    }

    private static Path schemaFile(Path out) {
        return out.toAbsolutePath().resolveSibling(SCHEMA_FILE);
    }

    private static Path ecoreFile(Path out) {
        return out.toAbsolutePath().resolveSibling(ECORE_FILE);
    }

    @Override
    public List<String> export(LoadedCorpus corpus, List<AnnotationSet> sets, Path out, Monitor monitor) throws IOException {
        Optional<EPackage> schema = CorpusSchema.of(corpus).customPackage();
        monitor.beginTask("Exporting EMF XMI", schema.isPresent() ? 3 : 2);
        // Copying corpus and sets together re-points the sets' references to the copied documents and entities.
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Corpus corpusCopy = (Corpus) copier.copy(corpus.corpus());
        Collection<EObject> setCopies = copier.copyAll(sets);
        copier.copyReferences();
        List<EObject> roots = new ArrayList<>();
        roots.add(corpusCopy);
        roots.addAll(setCopies);

        ResourceSet resources = CorpusResources.newResourceSet();
        Resource export = resources.createResource(CorpusResources.uriOf(out));
        export.getContents().addAll(roots);
        Map<Object, Object> options = Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120);
        AtomicFiles.writeRegenerable(out, stream -> export.save(stream, options));
        monitor.worked(1);

        Resource ecore = resources.createResource(CorpusResources.uriOf(ecoreFile(out)));
        EPackage model = EcoreUtil.copy(MarginaliaPackage.eINSTANCE);
        ecore.getContents().add(model);
        AtomicFiles.writeRegenerable(ecoreFile(out), stream -> ecore.save(stream, options));
        monitor.worked(1);

        if (schema.isPresent()) {
            Resource schemaResource = resources.createResource(CorpusResources.uriOf(schemaFile(out)));
            schemaResource.getContents().add(EcoreUtil.copy(schema.get()));
            AtomicFiles.writeRegenerable(schemaFile(out), stream -> schemaResource.save(stream, options));
            monitor.worked(1);
        }
        monitor.done();
        return List.of();
    }
}
