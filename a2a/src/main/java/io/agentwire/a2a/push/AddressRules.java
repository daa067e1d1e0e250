package io.agentwire.a2a.push;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Classifies IP addresses by their bytes. The JDK's {@code isSiteLocalAddress} only knows the deprecated IPv6
 * fec0::/10 and nothing of CGNAT or IPv6 forms that embed an IPv4 address, so the ranges are spelled out here.
 */
final class AddressRules {
    private AddressRules() {
    }

    static AddressClass classify(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address ? classifyV4(b, 0) : classifyV6(b);
    }

    /** Classifies the four bytes of an IPv4 address starting at {@code at}. */
    private static AddressClass classifyV4(byte[] b, int at) {
        int a0 = b[at] & 0xff;
        int a1 = b[at + 1] & 0xff;
        int a2 = b[at + 2] & 0xff;
        if (a0 == 0) {
            return AddressClass.UNSPECIFIED; // "this network", 0.0.0.0 reaches the local host on many stacks
        }
        if (a0 == 127) {
            return AddressClass.LOOPBACK;
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return AddressClass.PRIVATE;
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return AddressClass.SHARED;
        }
        if (a0 == 169 && a1 == 254) {
            return AddressClass.LINK_LOCAL;
        }
        if ((a0 & 0xf0) == 224) {
            return AddressClass.MULTICAST;
        }
        if ((a0 & 0xf0) == 240 || (a0 == 192 && a1 == 0 && a2 == 0) || (a0 == 198 && (a1 & 0xfe) == 18)) {
            return AddressClass.RESERVED; // includes 255.255.255.255
        }
        return AddressClass.PUBLIC;
    }

    private static AddressClass classifyV6(byte[] b) {
        if (zeros(b, 0, 10)) {
            if ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return classifyV4(b, 12); // ::ffff:a.b.c.d, IPv4-mapped
            }
            if (zeros(b, 10, 15)) {
                int last = b[15] & 0xff;
                if (last == 0) {
                    return AddressClass.UNSPECIFIED;
                }
                if (last == 1) {
                    return AddressClass.LOOPBACK;
                }
            }
            if (b[10] == 0 && b[11] == 0) {
                return classifyV4(b, 12); // ::a.b.c.d, the deprecated IPv4-compatible form
            }
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zeros(b, 4, 12)) {
            return classifyV4(b, 12); // 64:ff9b::/96, NAT64: the gateway connects to the embedded IPv4 address
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return classifyV4(b, 2); // 2002::/16, 6to4: the embedded IPv4 address is the relay target
        }
        if ((b0 & 0xfe) == 0xfc) {
            return AddressClass.PRIVATE; // fc00::/7, unique local
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return AddressClass.LINK_LOCAL;
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return AddressClass.PRIVATE; // fec0::/10, deprecated site-local, still routed inside some networks
        }
        if (b0 == 0xff) {
            return AddressClass.MULTICAST;
        }
        return AddressClass.PUBLIC;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
