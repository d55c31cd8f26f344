package dev.lockstep.scan.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a range of shell text into words and operators the way a POSIX shell does: quoting,
 * backslash continuations, comments, parameter and command substitutions, and here-documents, whose
 * bodies are set aside rather than read as commands. Malformed text never throws: an unterminated
 * quote or substitution simply runs to the end of the range.
 */
final class ShellLexer {
  private static final String[] OPERATORS = {
    "&>>", ";;&", "<<<", "<<-", "&&", "||", "|&", ";;", ";&", "<<", ">>", "&>", ">&", "<&", ">|",
    "<>", "|", "&", ";", "(", ")", "<", ">"
  };

  /** The operator of an expansion lockstep does not follow, such as ${X#prefix} or ${X[0]}. */
  static final String OTHER = "?other";

  /** A here-document body, attached to the redirect token that introduced it. */
  record Heredoc(int tokenIndex, int start, int end) {}

  private record Pending(int tokenIndex, String delimiter, boolean stripTabs) {}

  private final ShellText text;
  private final int end;
  private int at;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Heredoc> heredocs = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();

  ShellLexer(ShellText text, int start, int end) {
    this.text = text;
    this.at = start;
    this.end = Math.min(end, text.length());
  }

  List<Token> tokens() {
    return tokens;
  }

  List<Heredoc> heredocs() {
    return heredocs;
  }

  ShellLexer lex() {
    while (at < end) {
      step();
    }
    return this;
  }

  private void step() {
    char c = text.at(at);
    if (c == '\\' && next() == '\n') {
      at += 2;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      at++;
    } else if (c == '\n') {
      tokens.add(new Token("\n", null, at));
      at++;
      readHeredocBodies();
    } else if (c == '#') {
      skipComment();
    } else if ((c == '<' || c == '>') && next() == '(') {
      word();
    } else {
      String operator = operatorAt(at);
      if (operator != null) {
        operator(operator);
      } else {
        word();
      }
    }
  }

  private void operator(String operator) {
    tokens.add(new Token(operator, null, at));
    at += operator.length();
    if (operator.equals("<<") || operator.equals("<<-")) {
      heredocStart(operator.equals("<<-"));
    }
  }

  private void heredocStart(boolean stripTabs) {
    int redirect = tokens.size() - 1;
    while (at < end && (text.at(at) == ' ' || text.at(at) == '\t')) {
      at++;
    }
    int before = tokens.size();
    if (at < end && operatorAt(at) == null && text.at(at) != '\n') {
      word();
    }
    if (tokens.size() > before) {
      String delimiter = plain(tokens.get(tokens.size() - 1).word());
      pending.add(new Pending(redirect, delimiter, stripTabs));
    }
  }

  private static String plain(Word word) {
    StringBuilder text = new StringBuilder();
    for (Word.Part part : word.parts()) {
      if (part instanceof Word.Literal literal) {
        text.append(literal.text());
      } else if (part instanceof Word.Parameter parameter) {
        text.append('$').append(parameter.name());
      }
    }
    return text.toString();
  }

  private void readHeredocBodies() {
    for (Pending heredoc : pending) {
      int bodyStart = at;
      int bodyEnd = at;
      while (at < end) {
        int lineEnd = lineEnd(at);
        String line = text.slice(at, lineEnd);
        String compared = heredoc.stripTabs() ? line.replaceFirst("^\t+", "") : line;
        int nextLine = Math.min(lineEnd + 1, end);
        if (compared.equals(heredoc.delimiter())
            || compared.stripTrailing().equals(heredoc.delimiter())) {
          at = nextLine;
          break;
        }
        at = nextLine;
        bodyEnd = nextLine;
      }
      heredocs.add(new Heredoc(heredoc.tokenIndex(), bodyStart, bodyEnd));
    }
    pending.clear();
  }

  private int lineEnd(int from) {
    int index = from;
    while (index < end && text.at(index) != '\n') {
      index++;
    }
    return index;
  }

  private void skipComment() {
    while (at < end && text.at(at) != '\n') {
      at++;
    }
  }

  private char next() {
    return at + 1 < end ? text.at(at + 1) : '\0';
  }

  private String operatorAt(int index) {
    char c = text.at(index);
    if ("&|;()<>".indexOf(c) < 0) {
      return null;
    }
    for (String operator : OPERATORS) {
      if (index + operator.length() <= end && text.startsWith(operator, index)) {
        return operator;
      }
    }
    return null;
  }

  private void word() {
    int start = at;
    WordBuilder word = new WordBuilder();
    while (at < end) {
      char c = text.at(at);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        break;
      }
      if ((c == '<' || c == '>') && next() == '(') {
        int close = matchParen(at + 2);
        word.substitution(new Word.Substitution(at + 2, close, true));
        at = Math.min(close + 1, end);
      } else if ("&|;()<>".indexOf(c) >= 0) {
        break;
      } else if (c == '\\') {
        backslash(word);
      } else if (c == '\'') {
        singleQuoted(word);
      } else if (c == '"') {
        doubleQuoted(word);
      } else if (c == '$') {
        dollar(word, false);
      } else if (c == '`') {
        backtick(word);
      } else {
        word.literal(c, false);
        at++;
      }
    }
    Word built = word.build(start);
    if (isFileDescriptor(built)) {
      return;
    }
    tokens.add(new Token(null, built, start));
  }

  private boolean isFileDescriptor(Word word) {
    if (at >= end || (text.at(at) != '<' && text.at(at) != '>')) {
      return false;
    }
    String literal = word.literal();
    if (literal == null || literal.isEmpty()) {
      return false;
    }
    for (int i = 0; i < literal.length(); i++) {
      if (!Character.isDigit(literal.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void backslash(WordBuilder word) {
    if (next() == '\n') {
      at += 2;
      return;
    }
    if (at + 1 < end) {
      word.literal(text.at(at + 1), true);
    }
    at += 2;
  }

  private void singleQuoted(WordBuilder word) {
    at++;
    word.quotedEmpty();
    while (at < end && text.at(at) != '\'') {
      word.literal(text.at(at), true);
      at++;
    }
    at++;
  }

  private void doubleQuoted(WordBuilder word) {
    at++;
    word.quotedEmpty();
    while (at < end && text.at(at) != '"') {
      char c = text.at(at);
      if (c == '\\') {
        char escaped = next();
        if (escaped == '\n') {
          at += 2;
        } else if ("$`\"\\".indexOf(escaped) >= 0) {
          word.literal(escaped, true);
          at += 2;
        } else {
          word.literal(c, true);
          at++;
        }
      } else if (c == '$') {
        dollar(word, true);
      } else if (c == '`') {
        backtick(word);
      } else {
        word.literal(c, true);
        at++;
      }
    }
    at++;
  }

  private void backtick(WordBuilder word) {
    int start = at + 1;
    int index = start;
    while (index < end && text.at(index) != '`') {
      index += text.at(index) == '\\' ? 2 : 1;
    }
    int close = Math.min(index, end);
    word.substitution(new Word.Substitution(start, close, false));
    at = Math.min(close + 1, end);
  }

  private void dollar(WordBuilder word, boolean quoted) {
    char c = next();
    if (c == '(' && at + 2 < end && text.at(at + 2) == '(') {
      int close = matchParen(at + 2);
      word.parameter(new Word.Parameter("", "", "", quoted));
      at = Math.min(close + 2, end);
    } else if (c == '(') {
      int close = matchParen(at + 2);
      word.substitution(new Word.Substitution(at + 2, close, false));
      at = Math.min(close + 1, end);
    } else if (c == '{') {
      braced(word, quoted);
    } else if (c == '\'' && !quoted) {
      at++;
      ansiQuoted(word);
    } else if (c == '"' && !quoted) {
      at++;
      doubleQuoted(word);
    } else if (isNameStart(c)) {
      int start = at + 1;
      int index = start;
      while (index < end && isNameChar(text.at(index))) {
        index++;
      }
      word.parameter(new Word.Parameter(text.slice(start, index), "", "", quoted));
      at = index;
    } else if (c != '\0' && "@*#?$!-0123456789".indexOf(c) >= 0) {
      word.parameter(new Word.Parameter("", "", "", quoted));
      at += 2;
    } else {
      word.literal('$', quoted);
      at++;
    }
  }

  private void braced(WordBuilder word, boolean quoted) {
    int start = at + 2;
    int close = matchBrace(start);
    String inner = text.slice(start, close);
    at = Math.min(close + 1, end);
    int name = 0;
    while (name < inner.length() && isNameChar(inner.charAt(name))) {
      name++;
    }
    if (name == 0 || !isNameStart(inner.charAt(0))) {
      word.parameter(new Word.Parameter("", "", "", quoted));
      return;
    }
    String rest = inner.substring(name);
    String operator = operatorOf(rest);
    String argument = operator.equals(OTHER) ? rest : rest.substring(operator.length());
    word.parameter(new Word.Parameter(inner.substring(0, name), operator, argument, quoted));
  }

  private static String operatorOf(String rest) {
    for (String operator : new String[] {":-", ":=", ":+", ":?", "-", "=", "+", "?"}) {
      if (rest.startsWith(operator)) {
        return operator;
      }
    }
    return rest.isEmpty() ? "" : OTHER;
  }

  private void ansiQuoted(WordBuilder word) {
    at++;
    word.quotedEmpty();
    while (at < end && text.at(at) != '\'') {
      if (text.at(at) == '\\' && at + 1 < end) {
        word.literal(text.at(at + 1), true);
        at += 2;
      } else {
        word.literal(text.at(at), true);
        at++;
      }
    }
    at++;
  }

  /** The index of the parenthesis closing the one just before {@code from}, or the range end. */
  private int matchParen(int from) {
    return matchClosing(from, '(', ')');
  }

  private int matchBrace(int from) {
    return matchClosing(from, '{', '}');
  }

  /** Skips quoted text and escapes, counting nested {@code open} until its {@code close}. */
  private int matchClosing(int from, char open, char close) {
    int depth = 1;
    int index = from;
    while (index < end) {
      char c = text.at(index);
      if (c == '\\') {
        index += 2;
        continue;
      }
      if (c == '\'') {
        index = skipTo(index + 1, '\'');
      } else if (c == '"') {
        index = skipDouble(index + 1);
      } else if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return index;
      }
      index++;
    }
    return end;
  }

  private int skipTo(int from, char close) {
    int index = from;
    while (index < end && text.at(index) != close) {
      index++;
    }
    return index;
  }

  private int skipDouble(int from) {
    int index = from;
    while (index < end && text.at(index) != '"') {
      if (text.at(index) == '\\') {
        index++;
      } else if (text.at(index) == '$' && text.at(index + 1) == '(') {
        index = matchParen(index + 2);
      }
      index++;
    }
    return Math.min(index, end);
  }

  static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  /** Collects the parts of one word, merging adjacent literal characters. */
  private static final class WordBuilder {
    private final List<Word.Part> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private boolean literalQuoted;

    void literal(char c, boolean quoted) {
      if (literal.length() > 0 && literalQuoted != quoted) {
        flush();
      }
      literalQuoted = quoted;
      literal.append(c);
    }

    void quotedEmpty() {
      flush();
      parts.add(new Word.Literal("", true));
    }

    void parameter(Word.Parameter parameter) {
      flush();
      parts.add(parameter);
    }

    void substitution(Word.Substitution substitution) {
      flush();
      parts.add(substitution);
    }

    Word build(int offset) {
      flush();
      return new Word(parts, offset);
    }

    private void flush() {
      if (literal.length() > 0) {
        parts.add(new Word.Literal(literal.toString(), literalQuoted));
        literal.setLength(0);
      }
    }
  }
}
