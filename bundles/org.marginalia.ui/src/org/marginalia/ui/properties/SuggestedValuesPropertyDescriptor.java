package org.marginalia.ui.properties;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * A text attribute with an open tag set: any text is taken, and content assist (on typing or Ctrl+Space)
 * offers the schema's values that start with what is typed.
 */
final class SuggestedValuesPropertyDescriptor extends TextPropertyDescriptor {

    private final List<String> values;

    SuggestedValuesPropertyDescriptor(Object id, String name, List<String> values) {
        super(id, name);
        this.values = values;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        TextCellEditor editor = new TextCellEditor(parent);
        Text text = (Text) editor.getControl();
        ContentProposalAdapter assist = new ContentProposalAdapter(text, new TextContentAdapter(), (contents, position) -> {
            String typed = contents.substring(0, position).toLowerCase(Locale.ROOT);
            return values.stream().filter(value -> value.toLowerCase(Locale.ROOT).startsWith(typed))
                    .map(value -> new ContentProposal(value)).toArray(IContentProposal[]::new);
        }, KeyStroke.getInstance(SWT.CTRL, ' '), null);
        assist.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        if (getValidator() != null) {
            editor.setValidator(getValidator());
        }
        return editor;
    }
}
