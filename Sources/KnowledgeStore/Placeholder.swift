public enum KnowledgeStorePlaceholder {}
