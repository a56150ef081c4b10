// Replaced by the Linguistics module (issue 3).
public enum LinguisticsPlaceholder {}
