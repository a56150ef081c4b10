// The answer engine (DESIGN.md, module AnswerEngine): see the files of this folder.
enum AnswerEngineModule {}
