package org.marginalia.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.marginalia.model.Document;

/**
 * Shows a corpus document's text, read-only: source texts are never modified. A header names the
 * document and its file; the text is set in a readable proportional font with wrapped lines.
 */
public final class DocumentEditor extends EditorPart {

    public static final String ID = "org.marginalia.ui.editors.document";

    private LocalResourceManager resources;
    private StyledText text;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DocumentEditorInput)) {
            throw new PartInitException("The Marginalia document editor opens corpus documents, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        Document document = getDocumentInput().getDocument();
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 0).spacing(0, 0).applyTo(page);

        Composite header = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(16, 10).spacing(0, 2).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        Label title = new Label(header, SWT.WRAP);
        title.setText(document.getTitle() == null ? document.getId() : document.getTitle());
        title.setFont(derive(SWT.BOLD, 3));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
        Label details = new Label(header, SWT.NONE);
        details.setText(detailsOf(document));
        details.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));

        Label separator = new Label(page, SWT.SEPARATOR | SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(separator);

        text = new StyledText(page, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setText(document.getText() == null ? "" : document.getText());
        text.setFont(derive(SWT.NORMAL, 2));
        text.setMargins(24, 16, 24, 16);
        text.setLineSpacing(6);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
    }

    private Font derive(int style, int extraHeight) {
        FontDescriptor base = JFaceResources.getDialogFontDescriptor();
        return resources.create(base.setStyle(style).increaseHeight(extraHeight));
    }

    private static String detailsOf(Document document) {
        StringBuilder details = new StringBuilder(document.getPath() == null ? document.getId() : document.getPath());
        if (document.getSource() != null && !document.getSource().isBlank()) {
            details.append("  \u00b7  ").append(document.getSource());
        }
        int length = document.getText() == null ? 0 : document.getText().length();
        details.append("  \u00b7  ").append(String.format("%,d characters", length)).append("  \u00b7  read-only");
        return details.toString();
    }

    public DocumentEditorInput getDocumentInput() {
        return (DocumentEditorInput) getEditorInput();
    }

    /** The text widget, for views and tests that work with the document's text and selection. */
    public StyledText getTextWidget() {
        return text;
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // Nothing to save: the text is read-only and annotations are not edited here yet.
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: see isSaveAsAllowed.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
