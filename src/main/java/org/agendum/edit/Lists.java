package org.agendum.edit;

import java.util.ArrayList;
import java.util.List;

/** Copy-on-write list changes with the bounds checks every list edit needs. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> inserted(List<T> list, int index, T element) {
        if (index < 0 || index > list.size()) {
            throw new EditRejectedException("Position " + (index + 1) + " is outside the list of " + list.size());
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(index, element);
        return copy;
    }

    static <T> List<T> replaced(List<T> list, int index, T element) {
        checkIndex(list, index);
        List<T> copy = new ArrayList<>(list);
        copy.set(index, element);
        return copy;
    }

    static <T> List<T> removed(List<T> list, int index) {
        checkIndex(list, index);
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    /** Moves the element at {@code from} so that it ends at {@code to} in the resulting list. */
    static <T> List<T> moved(List<T> list, int from, int to) {
        checkIndex(list, from);
        checkIndex(list, to);
        List<T> copy = new ArrayList<>(list);
        copy.add(to, copy.remove(from));
        return copy;
    }

    static void checkIndex(List<?> list, int index) {
        if (index < 0 || index >= list.size()) {
            throw new EditRejectedException("There is no entry " + (index + 1) + " in a list of " + list.size());
        }
    }
}
