package org.marginalia.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Corpus;
import org.marginalia.model.MarginaliaPackage;

/**
 * One self-contained EMF XMI file: the corpus (with its texts and entities) followed by the chosen
 * annotation sets as further roots, all references inside the file. The model is written beside it as
 * {@code marginalia.ecore}, so any EMF tool can load the export without Marginalia.
 */
final class EmfXmiExporter implements CorpusExporter {

    static final String ECORE_FILE = "marginalia.ecore";

    @Override
    public List<Path> outputs(LoadedCorpus corpus, Path out) {
        return List.of(out, ecoreFile(out));
    }

    private static Path ecoreFile(Path out) {
        return out.toAbsolutePath().resolveSibling(ECORE_FILE);
    }

    @Override
    public void export(LoadedCorpus corpus, List<AnnotationSet> sets, Path out, Monitor monitor) throws IOException {
        monitor.beginTask("Exporting EMF XMI", 2);
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
        monitor.done();
    }
}
