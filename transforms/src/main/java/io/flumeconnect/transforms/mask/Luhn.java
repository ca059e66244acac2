package io.flumeconnect.transforms.mask;

/** The Luhn checksum of payment card numbers, over the digits of a text (spaces and dashes ignored). */
final class Luhn {
    static final int MIN_DIGITS = 13;
    static final int MAX_DIGITS = 19;

    private Luhn() {
    }

    static boolean isValid(String text) {
        int sum = 0;
        int digits = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int digit = c - '0';
            if (digits % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            digits++;
        }
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS && sum % 10 == 0;
    }
}
