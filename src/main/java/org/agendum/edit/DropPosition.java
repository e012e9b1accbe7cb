package org.agendum.edit;

/** Where a dragged item lands relative to the item under the pointer. */
public enum DropPosition { BEFORE, INTO, AFTER }
