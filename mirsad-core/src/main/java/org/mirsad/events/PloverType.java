package org.mirsad.events;

/**
 * The 16 event types POLECAT uses (PLOVER ontology), with the CAMEO roots they take in, as
 * PLOVER's own README maps them (../shared/data/README.md): CAMEO 01 (statements) is dropped.
 */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,
    SANCTION, MOBILIZE, COERCE, ASSAULT;

    /**
     * The PLOVER type of a CAMEO event code ("0841", "18", "190"), or null for public statements
     * and codes outside CAMEO.
     */
    public static PloverType fromCameo(String code) {
        if (code == null || code.length() < 2 || !code.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        return switch (root) {
            case 2 -> REQUEST;
            case 3 -> AGREE;
            case 4 -> CONSULT;
            case 5 -> SUPPORT;
            case 6 -> COOPERATE;
            case 7 -> AID;
            case 8 -> code.length() >= 3 && code.charAt(2) >= '4' ? RETREAT : CONCEDE;
            case 9, 11 -> ACCUSE;
            case 10 -> REQUEST; // CAMEO DEMAND: POLECAT has no DEMAND and codes demands as requests
            case 12 -> REJECT;
            case 13 -> THREATEN;
            case 14 -> PROTEST;
            case 15 -> MOBILIZE;
            case 16 -> SANCTION;
            case 17 -> COERCE;
            case 18, 19, 20 -> ASSAULT;
            default -> null;
        };
    }
}
