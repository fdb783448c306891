package org.mirsad.model;

/** Named-entity types; ANERcorp's PERS maps to PER. */
public enum EntityType { PER, LOC, ORG, MISC }
