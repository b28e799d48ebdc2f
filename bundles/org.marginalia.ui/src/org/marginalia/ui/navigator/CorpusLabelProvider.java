package org.marginalia.ui.navigator;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.DecoratingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;

/**
 * Corpora by name and size, with their folder in grey (enough of its path to tell apart corpora of the same
 * name), documents by title. The tool tip gives what a narrow view cuts off: the whole title, the full path.
 * {@link #decorated} adds what decorators contribute (the team's marks), as in Eclipse's own navigators.
 */
final class CorpusLabelProvider extends LabelProvider implements IStyledLabelProvider {

    private final Supplier<List<LoadedCorpus>> openCorpora;

    CorpusLabelProvider(Supplier<List<LoadedCorpus>> openCorpora) {
        this.openCorpora = openCorpora;
    }

    /** The labels with the workbench's decorations, and these tool tips. */
    static DecoratingStyledCellLabelProvider decorated(Supplier<List<LoadedCorpus>> openCorpora) {
        CorpusLabelProvider labels = new CorpusLabelProvider(openCorpora);
        return new DecoratingStyledCellLabelProvider(labels, PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator(), null) {
            @Override
            public String getToolTipText(Object element) {
                return labels.getToolTipText(element);
            }
        };
    }

    @Override
    public StyledString getStyledText(Object element) {
        if (element instanceof LoadedCorpus corpus) {
            int count = corpus.corpus().getDocuments().size();
            StyledString text = new StyledString(corpus.corpus().getName() + "  (" + count + (count == 1 ? " document)" : " documents)"));
            text.append("  " + CorpusLocations.distinguishing(corpus, openCorpora.get()), StyledString.QUALIFIER_STYLER);
            return text;
        }
        if (element instanceof DocumentNode node) {
            String title = node.document().getTitle();
            return new StyledString(title == null || title.isBlank() ? node.document().getId() : title);
        }
        return new StyledString(String.valueOf(element));
    }

    @Override
    public String getText(Object element) {
        return getStyledText(element).getString();
    }

    @Override
    public Image getImage(Object element) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return images.getImage(element instanceof LoadedCorpus ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_FILE);
    }

    String getToolTipText(Object element) {
        if (element instanceof LoadedCorpus corpus) {
            return corpus.corpus().getName() + "\n" + corpus.layout().root();
        }
        if (element instanceof DocumentNode node) {
            Document document = node.document();
            StringBuilder tip = new StringBuilder();
            if (document.getTitle() != null && !document.getTitle().isBlank()) {
                tip.append(document.getTitle()).append('\n');
            }
            String origin = String.join(", ", nonBlank(document.getSource(), document.getPublicationDate()));
            if (!origin.isEmpty()) {
                tip.append(origin).append('\n');
            }
            return tip.append(document.getId()).append("  \u00b7  ").append(document.getPath()).toString();
        }
        return null;
    }

    private static List<String> nonBlank(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }
}
