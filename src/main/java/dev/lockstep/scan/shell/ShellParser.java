package dev.lockstep.scan.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Groups the tokens of a range of shell text into simple commands, in order. */
final class ShellParser {
  private ShellParser() {}

  static List<Command> parse(ShellText text, int start, int end) {
    ShellLexer lexer = new ShellLexer(text, start, end).lex();
    Map<Integer, Command.Range> bodies = new HashMap<>();
    for (ShellLexer.Heredoc heredoc : lexer.heredocs()) {
      bodies.put(heredoc.tokenIndex(), new Command.Range(heredoc.start(), heredoc.end()));
    }
    return group(lexer.tokens(), bodies);
  }

  private static List<Command> group(List<Token> tokens, Map<Integer, Command.Range> bodies) {
    List<Command> commands = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    List<Command.Redirect> redirects = new ArrayList<>();
    List<Command.Range> heredocs = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.word() != null) {
        words.add(token.word());
      } else if (token.isRedirect()) {
        Word target = null;
        if (i + 1 < tokens.size() && tokens.get(i + 1).word() != null) {
          target = tokens.get(++i).word();
        }
        redirects.add(new Command.Redirect(token.operator(), target));
        Command.Range body = bodies.get(i - (target == null ? 0 : 1));
        if (body != null) {
          heredocs.add(body);
        }
      } else {
        add(commands, words, redirects, heredocs, token.operator());
        words = new ArrayList<>();
        redirects = new ArrayList<>();
        heredocs = new ArrayList<>();
      }
    }
    add(commands, words, redirects, heredocs, "");
    return commands;
  }

  private static void add(
      List<Command> commands,
      List<Word> words,
      List<Command.Redirect> redirects,
      List<Command.Range> heredocs,
      String separator) {
    if (!words.isEmpty() || !redirects.isEmpty()) {
      commands.add(new Command(words, redirects, heredocs, separator));
    } else if (!commands.isEmpty() && (separator.equals("|") || separator.equals("|&"))) {
      // `( curl … ) | sh`: the pipe after a closing parenthesis belongs to the group before it.
      Command last = commands.remove(commands.size() - 1);
      commands.add(new Command(last.words(), last.redirects(), last.heredocs(), separator));
    }
  }
}
