#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Reads the wizard's Review page through AT-SPI, as a screen reader does: names, roles, states
# (the Apply cells' checkable/checked, one focused object) and the text of the diff panes.
# Run by tst_atspi.sh inside a private D-Bus session with the AT-SPI bus running.
import sys
import time

import pyatspi

APP = "agm-atspi-driver"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    print("ok:  " if condition else "FAIL:", message)


def find_app(deadline):
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == APP:
                return app
        time.sleep(0.5)
    return None


def walk(node, depth=0, out=None):
    out = [] if out is None else out
    if node is None or depth > 60:
        return out
    out.append(node)
    try:
        count = node.childCount
    except Exception:
        return out
    # Big tables: their cells are read through the table below, not walked one by one.
    if count > 400:
        return out
    for i in range(count):
        try:
            walk(node.getChildAtIndex(i), depth + 1, out)
        except Exception:
            pass
    return out


def states(node):
    return node.getState()


def main():
    deadline = time.time() + 60
    app = find_app(deadline)
    if app is None:
        print("FAIL: the wizard never appeared on the accessibility bus")
        return 1
    # The driver prints "ready" once Review is shown; the tree may lag behind a little.
    panes = []
    nodes = []
    while time.time() < deadline:
        nodes = walk(app)
        panes = [n for n in nodes if n.name in ("Original text", "Migrated text")]
        if len(panes) == 2:
            break
        time.sleep(0.5)
    check(len(panes) == 2, "both diff panes are on the bus (found %d)" % len(panes))

    for pane in panes:
        role = pane.getRoleName()
        check(role == "text", "%s: role text, got %s" % (pane.name, role))
        st = states(pane)
        check(not st.contains(pyatspi.STATE_EDITABLE), "%s is read-only" % pane.name)
        check(st.contains(pyatspi.STATE_MULTI_LINE), "%s is multi-line" % pane.name)
        try:
            text = pane.queryText()
        except NotImplementedError:
            text = None
        check(text is not None, "%s has a text interface" % pane.name)
        if text is None:
            continue
        whole = text.getText(0, -1)
        check(text.characterCount > 0 and len(whole) == text.characterCount,
              "%s: %d characters, got %d" % (pane.name, text.characterCount, len(whole)))
        check("image:" in whole, "%s holds the deployment's lines" % pane.name)
        # The demo's gateway token is masked on screen, so it is masked to a screen reader too.
        check("TrainingOnlyNotARealSignature" not in whole and "contoso-gw-token" in whole,
              "%s reads the token masked" % pane.name)
        first_line = text.getTextAtOffset(0, pyatspi.TEXT_BOUNDARY_LINE_START)
        check(len(first_line[0]) > 0 and "\n" not in first_line[0].rstrip("\n"),
              "%s: line boundaries give one line (%r)" % (pane.name, first_line[0][:60]))
        check(pane.description.startswith("Line "), "%s says where the current change is: %r" % (pane.name, pane.description))
        if pane.name == "Migrated text":
            check("2." in whole, "the migrated text has the v2 tag")

    # The change list: each switchable change's Apply cell says whether it is applied, and a
    # ticked one is "checked". Qt's bridge (6.4, 5.15) does not pass "checkable" on, so the cell's
    # name carries it ("Apply: on" / "Apply: off"); a newer Qt may add the state as well.
    lists = [n for n in nodes if n.name == "Changes in this file"]
    check(len(lists) == 1, "the change list is on the bus")
    if lists:
        table = lists[0].queryTable()
        apply_cells = [table.getAccessibleAt(r, 0) for r in range(table.nRows)]
        switchable = [c for c in apply_cells if c.name.startswith("Apply: ")
                      or states(c).contains(pyatspi.STATE_CHECKABLE)]
        on = [c for c in switchable if states(c).contains(pyatspi.STATE_CHECKED)]
        check(len(switchable) >= 2, "Apply cells say they can be switched (%d)" % len(switchable))
        check(0 < len(on) < len(switchable),
              "ticked and unticked Apply cells differ (%d of %d checked)" % (len(on), len(switchable)))
        for c in switchable:
            check(c.name.startswith("Apply: on") == states(c).contains(pyatspi.STATE_CHECKED),
                  "cell %r: its name and its checked state agree" % c.name)

    # One object has the focus: the migrated pane. An item view's current cell (its active
    # descendant, which Qt marks focused in every view) is not a second owner.
    items = ("table cell", "list item", "page tab", "tree item", "table column header")
    focused = [n for n in walk(app) if states(n).contains(pyatspi.STATE_FOCUSED) and n.getRoleName() not in items]
    names = ["%s (%s)" % (n.name, n.getRoleName()) for n in focused]
    check(len(focused) == 1 and focused[0].name == "Migrated text", "one object has the focus, the migrated pane: %s" % names)

    wizard_buttons = [n for n in nodes if n.getRoleName() == "push button" and n.name]
    check(any("Next" in n.name for n in wizard_buttons), "the wizard's Next button has a name")

    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
