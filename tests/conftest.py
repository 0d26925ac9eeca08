"""Shared fixtures for the reward tests (sandboxed executors with short limits, a tiny problem builder), and the
test tiers: `slow` and `timing` markers, so `make test-fast` (`pytest -m "not slow and not timing"`) runs in
under a minute while `make test` runs everything.

The markers are given here, by test name, rather than in each file: a test is `slow` when it took 0.7 s or more
(`pytest --durations=0` on the 2-core test machine beside a calibration run, 2026-12-07: the whole suite, then
the fast tier), and
`timing` when its assertion depends on measured speed (a ratio, an efficiency reward), so a loaded machine can
fail it. A new test is in the fast tier until it is listed here.
"""

import pytest

from reward import Executor, Limits, Problem

SHORT_LIMITS = Limits(timeout=3.0, memory_mb=512)

IDENTITY_TESTS = "def check(candidate):\n    assert candidate(1) == 1\n    assert candidate('a') == 'a'\n    assert candidate([2]) == [2]\n"


def make_problem(tests: str = IDENTITY_TESTS, entry_point: str = "f", reference: str = "def f(x):\n    return x\n",
                 workload: str | None = None, preamble: str = "", slow_solutions: tuple = ()) -> Problem:
    return Problem(id="test/identity", prompt="def f(x): ...", entry_point=entry_point, reference=reference,
                   tests=tests, preamble=preamble, workload=workload, slow_solutions=slow_solutions)


@pytest.fixture(scope="session")
def executor():
    """A fork server with the strongest isolation this machine allows (namespaces where possible)."""
    with Executor(SHORT_LIMITS) as ex:
        yield ex


@pytest.fixture(scope="session")
def fallback_executor():
    """A fork server forced onto the fallback path: no namespaces, subreaper sweep, Python-level blocks."""
    with Executor(Limits(timeout=3.0, memory_mb=512, namespaces=False)) as ex:
        yield ex


@pytest.fixture(params=["namespaces", "fallback"])
def any_executor(request, executor, fallback_executor):
    """Runs a test once per isolation level."""
    return executor if request.param == "namespaces" else fallback_executor


SLOW_MODULES = {"test_cpu_experiment.py", "test_models_adapter.py", "test_ppo_bench.py", "test_ppo_distributed.py",
                "test_reward_datasets.py", "test_train_distributed.py", "test_train_runs.py"}
"""Modules all of whose tests are slow (training runs, torchrun, whole data sets)."""
SLOW = {
    "test_builtin_splits.py": {"test_no_two_tasks_of_different_splits_give_the_same_answers"},
    "test_builtin_tasks.py": {"test_every_reference_passes"},
    "test_calibrate_tasks.py": {"test_a_run_writes_results_that_update_and_read_back"},
    "test_enamel.py": {
        "test_checker_accepts_the_reference_and_rejects_wrong_answers",
        "test_eff_at_k_on_a_fixed_set_with_failures_and_timeouts", "test_enamel_by_name_needs_the_environment_variable",
        "test_generated_inputs_are_deterministic_and_answers_are_the_references",
    },
    "test_evaluate_cli.py": {
        "test_broken_completions_score_zero", "test_default_rows_are_the_original_plus_every_train_run",
        "test_evalplus_solutions_are_used_whole", "test_humaneval_canonical_solutions_all_pass",
        "test_several_samples_per_task_use_the_pass_at_k_estimator", "test_tiny_model_end_to_end",
    },
    "test_evaluate_intervals.py": {"test_interval_holds_the_mean_and_narrows_with_more_problems"},
    "test_models_checkpoint.py": {
        "test_a_failed_save_leaves_the_previous_checkpoint_intact",
        "test_bad_extra_names_and_missing_folders_are_clear_errors", "test_lora_is_merged_on_export",
        "test_round_trip_with_stock_transformers_and_load_checkpoint", "test_separate_critic_round_trip",
    },
    "test_models_lower_blocks.py": {
        "test_a_run_that_skips_the_frozen_blocks_trains_the_same_adapters",
        "test_the_adapted_blocks_from_the_recorded_input_compute_what_the_whole_model_does",
    },
    "test_models_coder.py": {
        "test_the_coder_answers_a_real_prompt_with_the_function",
        "test_the_coder_loads_by_name_as_a_plain_tied_float32_model",
    },
    "test_models_loading.py": {
        "test_embedded_smollm2_loads_from_cache_and_writes_sensible_code",
        "test_generation_stops_at_the_chat_end_token", "test_missing_smollm2_package_says_how_to_install_it",
        "test_pad_token_is_distinct_from_eos_and_padding_is_left", "test_tiny_model_does_not_move_the_global_seed",
        "test_tiny_model_generates",
        "test_tiny_model_is_built_without_the_embedded_weights_deterministic_and_has_dropout_off",
        "test_tokenizer_alone_loads_from_the_cache_without_the_model",
    },
    "test_models_lora.py": {
        "test_adapter_weights_round_trip", "test_disabled_adapters_give_the_base_model_and_the_reference",
        "test_fresh_adapters_change_nothing_and_only_they_train", "test_merge_gives_plain_linears_and_the_same_outputs",
        "test_new_adapters_keep_a_model_in_eval_mode_so_dropout_stays_off",
        "test_unknown_target_modules_are_named_in_the_error",
    },
    "test_models_shared_prompt.py": {
        "test_generation_from_a_shared_prompt_cache_matches_generating_each_row_alone",
        "test_packed_scoring_matches_full_passes_in_outputs_and_gradients",
        "test_packing_rejects_responses_with_holes_flash_attention_and_short_windows",
        "test_reference_logits_of_packed_responses",
        "test_rows_without_the_longest_prompt_and_short_or_empty_responses",
    },
    "test_models_value_head.py": {
        "test_forward_shapes_and_small_initial_values",
        "test_left_padding_gives_the_same_logits_and_values_as_no_padding", "test_policy_logits_match_generate_scores",
        "test_reference_is_a_frozen_copy_unaffected_by_policy_updates", "test_separate_critic_has_its_own_trunk",
    },
    "test_ppo_devices.py": {
        "test_a_ppo_step_creates_every_tensor_on_the_models_device",
        "test_an_sft_run_creates_every_tensor_on_the_models_device",
    },
    "test_ppo_learning.py": {
        "test_critic_lr_gives_the_critic_its_own_learning_rate", "test_ppo_raises_a_synthetic_reward_on_the_tiny_model",
    },
    "test_ppo_maths.py": {"test_sft_loss_is_the_cross_entropy_of_the_response_tokens_alone"},
    "test_ppo_precision.py": {"test_a_bf16_run_at_lr_1e_6_changes_almost_every_trained_weight"},
    "test_ppo_rollout.py": {
        "test_a_response_ends_at_the_fence_that_closes_its_code_block",
        "test_greedy_decoding_matches_transformers_generate_while_rows_end_and_leave_the_batch",
        "test_left_padding_and_batching_do_not_change_logprobs_or_values",
        "test_microbatches_sharing_prompts_score_like_one_full_forward_pass",
        "test_sampling_ignores_the_models_generation_config_so_the_scored_distribution_is_the_sampled_one",
        "test_the_log_probs_and_values_read_off_the_sampling_pass_are_those_of_a_forward_pass",
        "test_tokens_after_eos_are_masked_padded_and_not_decoded",
    },
    "test_ppo_sampler.py": {
        "test_a_float32_copy_samples_the_tokens_of_the_exact_path_with_no_kl",
        "test_a_ppo_step_reading_pi_old_off_a_float32_copy_measures_no_mismatch",
        "test_a_ppo_step_with_a_float32_copy_measures_no_mismatch_and_updates_the_copy",
        "test_log_probs_and_values_read_off_a_float32_copy_are_the_exact_paths",
        "test_refresh_copies_the_updated_weights_with_the_adapters_merged",
    },
    "test_reward_attacks.py": {
        "test_a_forged_answer_with_back_references_is_refused_by_the_judge_at_once",
        "test_an_aliased_grid_is_judged_on_its_values",
        "test_an_answer_sharing_one_list_64_levels_deep_is_refused_in_the_sample",
        "test_forged_numbers_that_would_take_the_judge_forever_are_refused",
        "test_thousands_of_nested_folders_do_not_crash_the_cleanup",
    },
    "test_reward_cli.py": {
        "test_score_a_samples_file_prints_one_line_per_row_in_order", "test_score_one_file",
        "test_unknown_task_id_is_named",
    },
    "test_reward_codec.py": {"test_the_encoder_refuses_an_answer_larger_than_the_node_budget"},
    "test_reward_judge_limits.py": {
        "test_a_judge_whose_client_is_killed_exits",
        "test_an_answer_that_makes_the_judge_spin_gets_a_verdict_and_is_not_sent_again",
        "test_calls_that_make_the_judge_spin_raise_and_the_next_calls_run",
    },
    "test_reward_pool.py": {
        "test_a_dying_worker_is_replaced", "test_a_slow_sample_does_not_hold_up_the_others_beyond_its_limit",
        "test_quadratic_solution_of_a_builtin_task_earns_less_than_its_linear_reference",
        "test_reference_runtime_is_cached_on_disk", "test_results_come_back_in_input_order",
    },
    "test_reward_sandbox.py": {
        "test_a_fork_spray_ends_in_a_verdict_and_leaves_nothing", "test_an_infinite_loop_times_out",
        "test_memory_bombs_end_in_memory_exceeded", "test_patching_time_functions_does_not_change_the_measurement",
        "test_recursion_past_the_c_stack_crashes_only_the_sample", "test_the_time_limit_follows_the_reference",
        "test_unbounded_recursion",
    },
    "test_reward_timing.py": {"test_workloads_with_keyword_arguments_are_timed_and_checked"},
}
"""Tests of 0.7 s or more, by module."""
SLOW_FIXTURES = {"test_builtin_tasks.py": {"verdicts"}, "test_models_coder.py": {"coder"}}
"""Module fixtures that take minutes (scoring every built-in task, loading the 0.5B coder): a test using one is slow."""
TIMING = {
    "test_builtin_tasks.py": {"test_every_slow_solution_passes_and_is_at_least_3x_slower"},
    "test_reward_attacks.py": {
        "test_memoising_across_timed_calls_gains_nothing", "test_state_carried_between_passes_is_timed_on_first_passes",
        "test_work_hidden_in_child_processes_is_refused", "test_work_in_threads_is_measured",
        "test_signalling_or_tracing_other_processes_gains_nothing",
        "test_a_fraction_whose_string_method_lies_crosses_by_value",
        "test_precomputing_every_answer_once_gains_nothing",
        "test_work_done_by_a_finalizer_outside_the_clock_is_not_free",
        "test_answering_nothing_in_passes_that_look_unchecked_is_wrong",
    },
    "test_reward_pool.py": {"test_an_o_n_solution_earns_clearly_less_than_the_o_1_reference",
                            "test_quadratic_solution_of_a_builtin_task_earns_less_than_its_linear_reference"},
    "test_reward_sandbox.py": {"test_patching_time_functions_does_not_change_the_measurement"},
    "test_reward_timing.py": {"test_workloads_with_keyword_arguments_are_timed_and_checked"},
}
"""Tests whose result depends on measured speed."""


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: takes 0.7 s or more; `make test-fast` leaves it out")
    config.addinivalue_line("markers", "timing: asserts on measured speed, so a loaded machine can fail it; "
                                       "`make test-fast` leaves it out")


def pytest_collection_modifyitems(config, items):
    for item in items:
        module, name = item.path.name, item.originalname
        if module in SLOW_MODULES or name in SLOW.get(module, ()) \
                or SLOW_FIXTURES.get(module, set()) & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
        if name in TIMING.get(module, ()):
            item.add_marker(pytest.mark.timing)
