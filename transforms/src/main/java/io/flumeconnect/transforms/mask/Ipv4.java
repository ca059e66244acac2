package io.flumeconnect.transforms.mask;

/** Whether a dotted quad of one-to-three-digit numbers is an IPv4 address: every part at most 255. */
final class Ipv4 {
    private static final int MAX_OCTET = 255;

    private Ipv4() {
    }

    static boolean isValid(String text) {
        int octet = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                octet = 0;
            } else if ((octet = octet * 10 + (c - '0')) > MAX_OCTET) {
                return false;
            }
        }
        return true;
    }
}
