pub mod app;
pub mod check_results;
pub mod console;
pub mod editor;
pub mod exercise_help;
pub mod exercise_text;
pub mod lesson_list;
pub mod toolbar;
