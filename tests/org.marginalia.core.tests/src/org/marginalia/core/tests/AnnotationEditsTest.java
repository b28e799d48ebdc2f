package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.edit.EntityEdits;
import org.marginalia.core.edit.Span;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityMention;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Quote;

class AnnotationEditsTest {

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;

    @TempDir
    Path temp;

    @Test
    void taggingChangingKindAndDeletingAreUndoableCommands() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        AnnotationSet set = AnnotationStore.loadAll(corpus).analystSet(DemoCorpus.BEN, DemoCorpus.DOC_001).orElseThrow();
        BasicCommandStack stack = new BasicCommandStack();
        EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack, corpus.resources());
        int before = set.getAnnotations().size();

        stack.execute(AnnotationEdits.tag(domain, set, M.getFigure(), new Span(10, 20)));
        Annotation tagged = set.getAnnotations().get(before);
        assertInstanceOf(Figure.class, tagged);
        assertTrue(tagged.getId().startsWith("ben-"), tagged.getId());
        assertTrue(stack.isSaveNeeded());

        stack.execute(AnnotationEdits.changeKind(domain, tagged, M.getQuote()));
        Annotation changed = set.getAnnotations().get(before);
        assertInstanceOf(Quote.class, changed);
        assertEquals(tagged.getId(), changed.getId());
        assertEquals(10, changed.getBegin());

        stack.execute(AnnotationEdits.delete(domain, changed));
        assertEquals(before, set.getAnnotations().size());

        stack.undo();
        assertInstanceOf(Quote.class, set.getAnnotations().get(before));
        stack.undo();
        assertInstanceOf(Figure.class, set.getAnnotations().get(before));
        stack.undo();
        assertEquals(before, set.getAnnotations().size());
        assertFalse(stack.isSaveNeeded());
        stack.redo();
        assertEquals(before + 1, set.getAnnotations().size());
    }

    @Test
    void renamingAndMergingEntitiesAreUndoable() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);
        BasicCommandStack stack = new BasicCommandStack();
        EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
        EntityDirectory directory = new EntityDirectory(corpus.corpus(), annotations.sets());
        Entity zelenskyy = directory.byId("person.volodymyr-zelenskyy").orElseThrow();
        Entity kyiv = directory.byId("place.kyiv").orElseThrow();
        Entity russia = directory.byId("place.russia").orElseThrow();

        stack.execute(EntityEdits.rename(domain, zelenskyy, "Volodymyr Zelensky"));
        assertEquals("Volodymyr Zelensky", zelenskyy.getName());
        assertTrue(zelenskyy.getAliases().contains("Volodymyr Zelenskyy"));
        stack.undo();
        assertEquals("Volodymyr Zelenskyy", zelenskyy.getName());
        assertFalse(zelenskyy.getAliases().contains("Volodymyr Zelenskyy"));

        List<AnnotationSet> bens = annotations.sets().stream().filter(s -> "ben".equals(s.getAnalystId())).toList();
        stack.execute(EntityEdits.merge(domain, russia, kyiv, bens));
        assertTrue(bens.stream().flatMap(s -> s.getAnnotations().stream()).noneMatch(a -> a instanceof EntityMention m && m.getEntity() == kyiv));
        assertTrue(russia.getAliases().contains("Kyiv"));
        stack.undo();
        assertTrue(bens.stream().flatMap(s -> s.getAnnotations().stream()).anyMatch(a -> a instanceof EntityMention m && m.getEntity() == kyiv));
        assertFalse(russia.getAliases().contains("Kyiv"));
    }

    @Test
    void theDirectoryFindsSharedEntitiesByNameAndAlias() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);
        EntityDirectory directory = new EntityDirectory(corpus.corpus(), annotations.sets());
        assertEquals("Volodymyr Zelenskyy", directory.named("zelensky").orElseThrow().getName());
        List<Entity> syb = directory.matching("Syb");
        assertEquals("Andrii Sybiha", syb.get(0).getName());
        assertEquals("Takeshi Iwaya", directory.matching("iwa").get(0).getName());
        assertTrue(directory.named("Nobody Known").isEmpty());
    }
}
