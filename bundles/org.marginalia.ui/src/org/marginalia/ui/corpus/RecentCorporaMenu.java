package org.marginalia.ui.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** File > Recent Corpora: one item per recently opened corpus folder, running Open Corpus on that folder. */
public final class RecentCorporaMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Path> folders = RecentCorpora.list();
        IContributionItem[] items = new IContributionItem[folders.size()];
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            CommandContributionItemParameter parameter = new CommandContributionItemParameter(PlatformUI.getWorkbench(), null,
                    OpenCorpusHandler.COMMAND, CommandContributionItem.STYLE_PUSH);
            parameter.parameters = Map.of(OpenCorpusHandler.FOLDER, folder.toString());
            String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
            // &1 .. &6 as the IDE's recent files: the number is the key
            parameter.label = "&" + (i + 1) + " " + name.replace("&", "&&") + "  (" + folder.toString().replace("&", "&&") + ")";
            items[i] = new CommandContributionItem(parameter);
        }
        return items;
    }
}
