package org.marginalia.core.formats.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.common.util.Monitor;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.export.CorpusExporter;
import org.marginalia.core.export.SetOwners;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/**
 * brat standoff, laid out as brat's own import reads several annotators: {@code annotation.conf} at the top,
 * generated from the schema and the values the sets use, and one folder per set owner (an analyst, or
 * {@value SetOwners#CURATED} for the curated result) holding {@code <document>.txt} and {@code <document>.ann} for each
 * document that owner has a set for. What brat cannot hold is reported, never dropped silently.
 */
public final class BratExporter implements CorpusExporter {

    @Override
    public List<Path> outputs(LoadedCorpus corpus, Path out) {
        List<Path> files = new ArrayList<>(List.of(out.resolve(BratImport.CONFIGURATION)));
        for (String owner : SetOwners.of(corpus)) {
            for (Document document : corpus.corpus().getDocuments()) {
                files.add(out.resolve(owner).resolve(document.getId() + ".txt"));
                files.add(out.resolve(owner).resolve(document.getId() + ".ann"));
            }
        }
        return files;
    }

    @Override
    public List<String> export(LoadedCorpus corpus, List<AnnotationSet> sets, Path out, Monitor monitor) throws IOException {
        monitor.beginTask("Exporting brat standoff", sets.size() + 1);
        BratTypes types = new BratTypes(CorpusSchema.of(corpus));
        List<String> notRepresented = new ArrayList<>();
        for (AnnotationSet set : sets) {
            if (monitor.isCanceled()) {
                throw new CancellationException("export cancelled");
            }
            String owner = set.isCurated() ? SetOwners.CURATED : set.getAnalystId();
            monitor.subTask(owner + "/" + set.getDocument().getId());
            Path folder = out.resolve(owner);
            String text = set.getDocument().getText();
            BratStandoff standoff = BratStandoff.of(set, types);
            AtomicFiles.writeRegenerable(folder.resolve(set.getDocument().getId() + ".txt"), stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
            AtomicFiles.writeRegenerable(folder.resolve(set.getDocument().getId() + ".ann"), stream -> stream.write(standoff.text().getBytes(StandardCharsets.UTF_8)));
            standoff.notRepresented().forEach(what -> notRepresented.add(owner + "/" + set.getDocument().getId() + ".ann: " + what));
            monitor.worked(1);
        }
        AtomicFiles.writeRegenerable(out.resolve(BratImport.CONFIGURATION), stream -> stream.write(types.configuration().getBytes(StandardCharsets.UTF_8)));
        notRepresented.addAll(SetOwners.documentsWithoutSets(corpus, sets, "/"));
        monitor.done();
        return notRepresented;
    }
}
