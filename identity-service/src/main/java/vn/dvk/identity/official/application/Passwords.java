package vn.dvk.identity.official.application;

import java.security.SecureRandom;

/** Random passwords for accounts an administrator creates or resets without choosing one. */
public final class Passwords {

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** 16 characters of a 55-letter alphabet: about 92 bits. */
    public static String generate() {
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(password);
    }
}
