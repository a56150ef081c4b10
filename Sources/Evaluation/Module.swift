// Evaluation (DESIGN.md, module Evaluation): see the files of this folder.
enum EvaluationModule {}
