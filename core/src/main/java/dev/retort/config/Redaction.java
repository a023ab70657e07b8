package dev.retort.config;

import java.util.regex.Pattern;

/** Keeps secrets out of anything retort prints. */
public final class Redaction {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*:)[^/@]*@");
    private static final Pattern ANY_USER_INFO = Pattern.compile("^jdbc:postgresql://[^/?]*@");

    private Redaction() {
    }

    /** A JDBC URL with any password in it (query parameter or user-info) replaced by {@code ***}. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String withoutParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(withoutParameter).replaceAll("$1***@");
    }

    /** Whether a JDBC URL names a user (and perhaps a password) before its host: {@code //user:secret@host}. */
    public static boolean hasUserInfo(String url) {
        return url != null && ANY_USER_INFO.matcher(url).find();
    }

    /** A message with every occurrence of the password replaced, for errors that might echo it. */
    public static String message(String message, String password) {
        if (message == null || password == null || password.isEmpty()) {
            return message;
        }
        return message.replace(password, "***");
    }
}
