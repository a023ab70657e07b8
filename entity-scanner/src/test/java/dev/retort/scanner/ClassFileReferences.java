package dev.retort.scanner;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a class file refers to, read from its constant pool: classes, and members with their descriptors, exactly
 * as the JVM will resolve them at run time (the compiler's view, which a source-compatible API change hides).
 */
final class ClassFileReferences {

    /** A reference: kind is class, field or method; member and descriptor are null for a class. */
    record Reference(String kind, String owner, String member, String descriptor) {
        @Override
        public String toString() {
            return member == null ? kind + " " + owner : kind + " " + owner + "." + member + descriptor;
        }
    }

    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int FIELD = 9;
    private static final int METHOD = 10;
    private static final int INTERFACE_METHOD = 11;
    private static final int NAME_AND_TYPE = 12;

    private ClassFileReferences() {
    }

    static List<Reference> of(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        int[] tags = new int[count];
        String[] utf8 = new String[count];
        int[] first = new int[count];
        int[] second = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case UTF8 -> utf8[i] = in.readUTF();
                case CLASS, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                case FIELD, METHOD, INTERFACE_METHOD, NAME_AND_TYPE, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<Reference> references = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (tags[i] == CLASS) {
                references.add(new Reference("class", utf8[first[i]], null, null));
            } else if (tags[i] == FIELD || tags[i] == METHOD || tags[i] == INTERFACE_METHOD) {
                int nameAndType = second[i];
                references.add(new Reference(tags[i] == FIELD ? "field" : "method", utf8[first[first[i]]],
                        utf8[first[nameAndType]], utf8[second[nameAndType]]));
            }
        }
        return references;
    }
}
