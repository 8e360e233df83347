#pragma once

#include <QIcon>

namespace loopline {

// The application's own icon set: line drawings (resources/icons/ui/*.svg) drawn in the
// palette's text colour, so they suit the light and the dark look, and rendered from the
// SVG at the exact device pixel size, so they stay sharp on a high-DPI screen.
enum class Icon {
    Contacts,
    Companies,
    Deals,
    Leads,
    Queue,
    Campaigns,
    Tasks,
    Reports,
    New,
    Save,
    Delete,
    Undo,
    Redo,
    Refresh,
    Sync,
    Find,
    Import,
    Export,
    Booth,
    Backup,
    Settings,
    Take,
    Note,
    Call,
    Email,
    Meeting,
    Created,
    Handoff,
    Converted,
    Changed,
};

QIcon themedIcon(Icon icon);
// Every icon of the set, for tests and the icon sheet.
QList<Icon> allIcons();
QString iconName(Icon icon);

} // namespace loopline
