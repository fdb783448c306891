package org.mirsad.quotes;

/** Who said it: the name as Mirsad shows it, and the entity id when the name is a known entity. */
record Speaker(String name, String entityId) {
}
