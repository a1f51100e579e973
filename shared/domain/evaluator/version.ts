/**
 * Version of the local evaluator's scoring. Bump it whenever scores or feedback for the same
 * answer can change, so stored attempts show which evaluator graded them.
 */
export const EVALUATOR_VERSION = '2.1.0';
