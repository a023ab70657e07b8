package dev.retort.cli;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/** Just enough JSON output for the machine-readable reports (strings, booleans, lists, ordered objects). */
final class Json {

    private Json() {
    }

    static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder json = new StringBuilder("{");
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                json.append(string(entry.getKey().toString())).append(": ").append(value(entry.getValue()));
                if (entries.hasNext()) {
                    json.append(", ");
                }
            }
            return json.append('}').toString();
        }
        if (value instanceof Collection<?> list) {
            StringBuilder json = new StringBuilder("[");
            Iterator<?> items = list.iterator();
            while (items.hasNext()) {
                json.append(value(items.next()));
                if (items.hasNext()) {
                    json.append(", ");
                }
            }
            return json.append(']').toString();
        }
        return string(value.toString());
    }

    private static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
