package dev.lockstep.scan.models;

import java.util.ArrayList;
import java.util.List;

/**
 * A small tokenizer for Python source, enough to read call arguments: names, string literals
 * (prefixes, triple quotes and escapes, with their value), numbers and operators, with comments
 * skipped. It never fails: an unterminated string runs to the end of the text.
 */
final class PythonTokens {
  private PythonTokens() {}

  enum Type {
    NAME,
    STRING,
    NUMBER,
    OP
  }

  /**
   * One token.
   *
   * @param offset where the token's text starts in the source; for a string, its value
   * @param literal for a string, whether its value is plain text (not an f-string with fields)
   */
  record Token(Type type, String text, int offset, boolean literal) {
    boolean is(Type wanted, String value) {
      return type == wanted && text.equals(value);
    }
  }

  static List<Token> of(String source) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    int length = source.length();
    while (at < length) {
      char c = source.charAt(at);
      if (c == '#') {
        at = lineEnd(source, at);
      } else if (Character.isWhitespace(c) || c == '\\') {
        at++;
      } else if (isStringStart(source, at)) {
        at = string(source, at, tokens);
      } else if (Character.isJavaIdentifierStart(c)) {
        int end = at + 1;
        while (end < length && Character.isJavaIdentifierPart(source.charAt(end))) {
          end++;
        }
        tokens.add(new Token(Type.NAME, source.substring(at, end), at, false));
        at = end;
      } else if (Character.isDigit(c)) {
        int end = at + 1;
        while (end < length
            && (Character.isLetterOrDigit(source.charAt(end))
                || source.charAt(end) == '.'
                || source.charAt(end) == '_')) {
          end++;
        }
        tokens.add(new Token(Type.NUMBER, source.substring(at, end), at, false));
        at = end;
      } else {
        int end = operatorEnd(source, at);
        tokens.add(new Token(Type.OP, source.substring(at, end), at, false));
        at = end;
      }
    }
    return tokens;
  }

  private static int lineEnd(String source, int at) {
    int newline = source.indexOf('\n', at);
    return newline < 0 ? source.length() : newline;
  }

  private static int operatorEnd(String source, int at) {
    if (at + 1 < source.length()) {
      String two = source.substring(at, at + 2);
      if (List.of("**", "==", "!=", "<=", ">=", "->", ":=", "//", "<<", ">>").contains(two)) {
        return at + 2;
      }
    }
    return at + 1;
  }

  private static boolean isStringStart(String source, int at) {
    int quote = at;
    while (quote < source.length()
        && quote - at < 2
        && "rRbBuUfF".indexOf(source.charAt(quote)) >= 0) {
      quote++;
    }
    if (quote >= source.length()) {
      return false;
    }
    char c = source.charAt(quote);
    boolean prefixOk =
        quote == at || at == 0 || !Character.isJavaIdentifierPart(source.charAt(at - 1));
    return (c == '"' || c == '\'') && prefixOk;
  }

  private static int string(String source, int at, List<Token> tokens) {
    int quote = at;
    while ("rRbBuUfF".indexOf(source.charAt(quote)) >= 0) {
      quote++;
    }
    String prefix = source.substring(at, quote).toLowerCase();
    boolean raw = prefix.contains("r");
    boolean formatted = prefix.contains("f");
    char q = source.charAt(quote);
    boolean triple = source.startsWith(String.valueOf(q).repeat(3), quote);
    int start = quote + (triple ? 3 : 1);
    StringBuilder value = new StringBuilder();
    int i = start;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\' && i + 1 < source.length()) {
        value.append(raw ? source.substring(i, i + 2) : escaped(source.charAt(i + 1)));
        i += 2;
        continue;
      }
      if (triple ? source.startsWith(String.valueOf(q).repeat(3), i) : c == q) {
        tokens.add(new Token(Type.STRING, value.toString(), start, !formatted || noFields(value)));
        return i + (triple ? 3 : 1);
      }
      if (!triple && c == '\n') {
        break;
      }
      value.append(c);
      i++;
    }
    tokens.add(new Token(Type.STRING, value.toString(), start, false));
    return i;
  }

  private static boolean noFields(CharSequence value) {
    return value.toString().indexOf('{') < 0;
  }

  private static String escaped(char c) {
    return switch (c) {
      case 'n' -> "\n";
      case 't' -> "\t";
      case '\n' -> "";
      default -> String.valueOf(c);
    };
  }
}
