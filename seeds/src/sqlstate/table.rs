codetable::define_codes! {
    /// PostgreSQL Error Codes
    ///
    /// Imported by `codes import` from `sqlstate.md`, line 1.
    #[codetable(strip_prefix = "ERRCODE_", shape = "[0-9A-Z]{5}")]
    pub enum SqlState(
        /// Condition Name
        condition_name: &'static str,
        /// Kind
        kind: &'static str,
    ) {
        "00" => SuccessfulCompletion, "Successful Completion" {
            "00000" => ERRCODE_SUCCESSFUL_COMPLETION, condition_name = "successful_completion", kind = "S",
        }

        "01" => Warning, "Warning" {
            "01000" => ERRCODE_WARNING, condition_name = "warning", kind = "W",
            "0100C" => ERRCODE_WARNING_DYNAMIC_RESULT_SETS_RETURNED, condition_name = "dynamic_result_sets_returned", kind = "W",
            "01008" => ERRCODE_WARNING_IMPLICIT_ZERO_BIT_PADDING, condition_name = "implicit_zero_bit_padding", kind = "W",
            "01003" => ERRCODE_WARNING_NULL_VALUE_ELIMINATED_IN_SET_FUNCTION, condition_name = "null_value_eliminated_in_set_function", kind = "W",
            "01007" => ERRCODE_WARNING_PRIVILEGE_NOT_GRANTED, condition_name = "privilege_not_granted", kind = "W",
            "01006" => ERRCODE_WARNING_PRIVILEGE_NOT_REVOKED, condition_name = "privilege_not_revoked", kind = "W",
            "01004" => ERRCODE_WARNING_STRING_DATA_RIGHT_TRUNCATION, condition_name = "string_data_right_truncation", kind = "W",
            "01P01" => ERRCODE_WARNING_DEPRECATED_FEATURE, condition_name = "deprecated_feature", kind = "W",
        }

        "02" => NoData, "No Data (this is also a warning class per the SQL standard)" {
            "02000" => ERRCODE_NO_DATA, condition_name = "no_data", kind = "W",
            "02001" => ERRCODE_NO_ADDITIONAL_DYNAMIC_RESULT_SETS_RETURNED, condition_name = "no_additional_dynamic_result_sets_returned", kind = "W",
        }

        "03" => SqlStatementNotYetComplete, "SQL Statement Not Yet Complete" {
            "03000" => ERRCODE_SQL_STATEMENT_NOT_YET_COMPLETE, condition_name = "sql_statement_not_yet_complete", kind = "E",
        }

        "08" => ConnectionException, "Connection Exception" {
            "08000" => ERRCODE_CONNECTION_EXCEPTION, condition_name = "connection_exception", kind = "E",
            "08003" => ERRCODE_CONNECTION_DOES_NOT_EXIST, condition_name = "connection_does_not_exist", kind = "E",
            "08006" => ERRCODE_CONNECTION_FAILURE, condition_name = "connection_failure", kind = "E",
            "08001" => ERRCODE_SQLCLIENT_UNABLE_TO_ESTABLISH_SQLCONNECTION, condition_name = "sqlclient_unable_to_establish_sqlconnection", kind = "E",
            "08004" => ERRCODE_SQLSERVER_REJECTED_ESTABLISHMENT_OF_SQLCONNECTION, condition_name = "sqlserver_rejected_establishment_of_sqlconnection", kind = "E",
            "08007" => ERRCODE_TRANSACTION_RESOLUTION_UNKNOWN, condition_name = "transaction_resolution_unknown", kind = "E",
            "08P01" => ERRCODE_PROTOCOL_VIOLATION, condition_name = "protocol_violation", kind = "E",
        }

        "09" => TriggeredActionException, "Triggered Action Exception" {
            "09000" => ERRCODE_TRIGGERED_ACTION_EXCEPTION, condition_name = "triggered_action_exception", kind = "E",
        }

        "0A" => FeatureNotSupported, "Feature Not Supported" {
            "0A000" => ERRCODE_FEATURE_NOT_SUPPORTED, condition_name = "feature_not_supported", kind = "E",
        }

        "0B" => InvalidTransactionInitiation, "Invalid Transaction Initiation" {
            "0B000" => ERRCODE_INVALID_TRANSACTION_INITIATION, condition_name = "invalid_transaction_initiation", kind = "E",
        }

        "0F" => LocatorException, "Locator Exception" {
            "0F000" => ERRCODE_LOCATOR_EXCEPTION, condition_name = "locator_exception", kind = "E",
            "0F001" => ERRCODE_L_E_INVALID_SPECIFICATION, condition_name = "invalid_locator_specification", kind = "E",
        }

        "0L" => InvalidGrantor, "Invalid Grantor" {
            "0L000" => ERRCODE_INVALID_GRANTOR, condition_name = "invalid_grantor", kind = "E",
            "0LP01" => ERRCODE_INVALID_GRANT_OPERATION, condition_name = "invalid_grant_operation", kind = "E",
        }

        "0P" => InvalidRoleSpecification, "Invalid Role Specification" {
            "0P000" => ERRCODE_INVALID_ROLE_SPECIFICATION, condition_name = "invalid_role_specification", kind = "E",
        }

        "0Z" => DiagnosticsException, "Diagnostics Exception" {
            "0Z000" => ERRCODE_DIAGNOSTICS_EXCEPTION, condition_name = "diagnostics_exception", kind = "E",
            "0Z002" => ERRCODE_STACKED_DIAGNOSTICS_ACCESSED_WITHOUT_ACTIVE_HANDLER, condition_name = "stacked_diagnostics_accessed_without_active_handler", kind = "E",
        }

        "20" => CaseNotFound, "Case Not Found" {
            "20000" => ERRCODE_CASE_NOT_FOUND, condition_name = "case_not_found", kind = "E",
        }

        "21" => CardinalityViolation, "Cardinality Violation" {
            "21000" => ERRCODE_CARDINALITY_VIOLATION, condition_name = "cardinality_violation", kind = "E",
        }

        "22" => DataException, "Data Exception" {
            "22000" => ERRCODE_DATA_EXCEPTION, condition_name = "data_exception", kind = "E",
            "2202E" => ERRCODE_ARRAY_SUBSCRIPT_ERROR, condition_name = "array_subscript_error", kind = "E",
            "22021" => ERRCODE_CHARACTER_NOT_IN_REPERTOIRE, condition_name = "character_not_in_repertoire", kind = "E",
            "22008" => ERRCODE_DATETIME_FIELD_OVERFLOW, condition_name = "datetime_field_overflow", kind = "E",
            "22012" => ERRCODE_DIVISION_BY_ZERO, condition_name = "division_by_zero", kind = "E",
            "22005" => ERRCODE_ERROR_IN_ASSIGNMENT, condition_name = "error_in_assignment", kind = "E",
            "2200B" => ERRCODE_ESCAPE_CHARACTER_CONFLICT, condition_name = "escape_character_conflict", kind = "E",
            "22022" => ERRCODE_INDICATOR_OVERFLOW, condition_name = "indicator_overflow", kind = "E",
            "22015" => ERRCODE_INTERVAL_FIELD_OVERFLOW, condition_name = "interval_field_overflow", kind = "E",
            "2201E" => ERRCODE_INVALID_ARGUMENT_FOR_LOG, condition_name = "invalid_argument_for_logarithm", kind = "E",
            "22014" => ERRCODE_INVALID_ARGUMENT_FOR_NTILE, condition_name = "invalid_argument_for_ntile_function", kind = "E",
            "22016" => ERRCODE_INVALID_ARGUMENT_FOR_NTH_VALUE, condition_name = "invalid_argument_for_nth_value_function", kind = "E",
            "2201F" => ERRCODE_INVALID_ARGUMENT_FOR_POWER_FUNCTION, condition_name = "invalid_argument_for_power_function", kind = "E",
            "2201G" => ERRCODE_INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION, condition_name = "invalid_argument_for_width_bucket_function", kind = "E",
            "22018" => ERRCODE_INVALID_CHARACTER_VALUE_FOR_CAST, condition_name = "invalid_character_value_for_cast", kind = "E",
            "22007" => ERRCODE_INVALID_DATETIME_FORMAT, condition_name = "invalid_datetime_format", kind = "E",
            "22019" => ERRCODE_INVALID_ESCAPE_CHARACTER, condition_name = "invalid_escape_character", kind = "E",
            "2200D" => ERRCODE_INVALID_ESCAPE_OCTET, condition_name = "invalid_escape_octet", kind = "E",
            "22025" => ERRCODE_INVALID_ESCAPE_SEQUENCE, condition_name = "invalid_escape_sequence", kind = "E",
            "22P06" => ERRCODE_NONSTANDARD_USE_OF_ESCAPE_CHARACTER, condition_name = "nonstandard_use_of_escape_character", kind = "E",
            "22010" => ERRCODE_INVALID_INDICATOR_PARAMETER_VALUE, condition_name = "invalid_indicator_parameter_value", kind = "E",
            "22023" => ERRCODE_INVALID_PARAMETER_VALUE, condition_name = "invalid_parameter_value", kind = "E",
            "22013" => ERRCODE_INVALID_PRECEDING_OR_FOLLOWING_SIZE, condition_name = "invalid_preceding_or_following_size", kind = "E",
            "2201B" => ERRCODE_INVALID_REGULAR_EXPRESSION, condition_name = "invalid_regular_expression", kind = "E",
            "2201W" => ERRCODE_INVALID_ROW_COUNT_IN_LIMIT_CLAUSE, condition_name = "invalid_row_count_in_limit_clause", kind = "E",
            "2201X" => ERRCODE_INVALID_ROW_COUNT_IN_RESULT_OFFSET_CLAUSE, condition_name = "invalid_row_count_in_result_offset_clause", kind = "E",
            "2202H" => ERRCODE_INVALID_TABLESAMPLE_ARGUMENT, condition_name = "invalid_tablesample_argument", kind = "E",
            "2202G" => ERRCODE_INVALID_TABLESAMPLE_REPEAT, condition_name = "invalid_tablesample_repeat", kind = "E",
            "22009" => ERRCODE_INVALID_TIME_ZONE_DISPLACEMENT_VALUE, condition_name = "invalid_time_zone_displacement_value", kind = "E",
            "2200C" => ERRCODE_INVALID_USE_OF_ESCAPE_CHARACTER, condition_name = "invalid_use_of_escape_character", kind = "E",
            "2200G" => ERRCODE_MOST_SPECIFIC_TYPE_MISMATCH, condition_name = "most_specific_type_mismatch", kind = "E",
            "22004" => ERRCODE_NULL_VALUE_NOT_ALLOWED, condition_name = "null_value_not_allowed", kind = "E",
            "22002" => ERRCODE_NULL_VALUE_NO_INDICATOR_PARAMETER, condition_name = "null_value_no_indicator_parameter", kind = "E",
            "22003" => ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, condition_name = "numeric_value_out_of_range", kind = "E",
            "2200H" => ERRCODE_SEQUENCE_GENERATOR_LIMIT_EXCEEDED, condition_name = "sequence_generator_limit_exceeded", kind = "E",
            "22026" => ERRCODE_STRING_DATA_LENGTH_MISMATCH, condition_name = "string_data_length_mismatch", kind = "E",
            "22001" => ERRCODE_STRING_DATA_RIGHT_TRUNCATION, condition_name = "string_data_right_truncation", kind = "E",
            "22011" => ERRCODE_SUBSTRING_ERROR, condition_name = "substring_error", kind = "E",
            "22027" => ERRCODE_TRIM_ERROR, condition_name = "trim_error", kind = "E",
            "22024" => ERRCODE_UNTERMINATED_C_STRING, condition_name = "unterminated_c_string", kind = "E",
            "2200F" => ERRCODE_ZERO_LENGTH_CHARACTER_STRING, condition_name = "zero_length_character_string", kind = "E",
            "22P01" => ERRCODE_FLOATING_POINT_EXCEPTION, condition_name = "floating_point_exception", kind = "E",
            "22P02" => ERRCODE_INVALID_TEXT_REPRESENTATION, condition_name = "invalid_text_representation", kind = "E",
            "22P03" => ERRCODE_INVALID_BINARY_REPRESENTATION, condition_name = "invalid_binary_representation", kind = "E",
            "22P04" => ERRCODE_BAD_COPY_FILE_FORMAT, condition_name = "bad_copy_file_format", kind = "E",
            "22P05" => ERRCODE_UNTRANSLATABLE_CHARACTER, condition_name = "untranslatable_character", kind = "E",
            "22P07" => ERRCODE_DATUM_VERSION_MISMATCH, condition_name = "datum_version_mismatch", kind = "E",
            "2200L" => ERRCODE_NOT_AN_XML_DOCUMENT, condition_name = "not_an_xml_document", kind = "E",
            "2200M" => ERRCODE_INVALID_XML_DOCUMENT, condition_name = "invalid_xml_document", kind = "E",
            "2200N" => ERRCODE_INVALID_XML_CONTENT, condition_name = "invalid_xml_content", kind = "E",
            "2200S" => ERRCODE_INVALID_XML_COMMENT, condition_name = "invalid_xml_comment", kind = "E",
            "2200T" => ERRCODE_INVALID_XML_PROCESSING_INSTRUCTION, condition_name = "invalid_xml_processing_instruction", kind = "E",
            "22030" => ERRCODE_DUPLICATE_JSON_OBJECT_KEY_VALUE, condition_name = "duplicate_json_object_key_value", kind = "E",
            "22031" => ERRCODE_INVALID_ARGUMENT_FOR_SQL_JSON_DATETIME_FUNCTION, condition_name = "invalid_argument_for_sql_json_datetime_function", kind = "E",
            "22032" => ERRCODE_INVALID_JSON_TEXT, condition_name = "invalid_json_text", kind = "E",
            "22033" => ERRCODE_INVALID_SQL_JSON_SUBSCRIPT, condition_name = "invalid_sql_json_subscript", kind = "E",
            "22034" => ERRCODE_MORE_THAN_ONE_SQL_JSON_ITEM, condition_name = "more_than_one_sql_json_item", kind = "E",
            "22035" => ERRCODE_NO_SQL_JSON_ITEM, condition_name = "no_sql_json_item", kind = "E",
            "22036" => ERRCODE_NON_NUMERIC_SQL_JSON_ITEM, condition_name = "non_numeric_sql_json_item", kind = "E",
            "22037" => ERRCODE_NON_UNIQUE_KEYS_IN_A_JSON_OBJECT, condition_name = "non_unique_keys_in_a_json_object", kind = "E",
            "22038" => ERRCODE_SINGLETON_SQL_JSON_ITEM_REQUIRED, condition_name = "singleton_sql_json_item_required", kind = "E",
            "22039" => ERRCODE_SQL_JSON_ARRAY_NOT_FOUND, condition_name = "sql_json_array_not_found", kind = "E",
            "2203A" => ERRCODE_SQL_JSON_MEMBER_NOT_FOUND, condition_name = "sql_json_member_not_found", kind = "E",
            "2203B" => ERRCODE_SQL_JSON_NUMBER_NOT_FOUND, condition_name = "sql_json_number_not_found", kind = "E",
            "2203C" => ERRCODE_SQL_JSON_OBJECT_NOT_FOUND, condition_name = "sql_json_object_not_found", kind = "E",
            "2203D" => ERRCODE_TOO_MANY_JSON_ARRAY_ELEMENTS, condition_name = "too_many_json_array_elements", kind = "E",
            "2203E" => ERRCODE_TOO_MANY_JSON_OBJECT_MEMBERS, condition_name = "too_many_json_object_members", kind = "E",
            "2203F" => ERRCODE_SQL_JSON_SCALAR_REQUIRED, condition_name = "sql_json_scalar_required", kind = "E",
            "2203G" => ERRCODE_SQL_JSON_ITEM_CANNOT_BE_CAST_TO_TARGET_TYPE, condition_name = "sql_json_item_cannot_be_cast_to_target_type", kind = "E",
        }

        "23" => IntegrityConstraintViolation, "Integrity Constraint Violation" {
            "23000" => ERRCODE_INTEGRITY_CONSTRAINT_VIOLATION, condition_name = "integrity_constraint_violation", kind = "E",
            "23001" => ERRCODE_RESTRICT_VIOLATION, condition_name = "restrict_violation", kind = "E",
            "23502" => ERRCODE_NOT_NULL_VIOLATION, condition_name = "not_null_violation", kind = "E",
            "23503" => ERRCODE_FOREIGN_KEY_VIOLATION, condition_name = "foreign_key_violation", kind = "E",
            "23505" => ERRCODE_UNIQUE_VIOLATION, condition_name = "unique_violation", kind = "E",
            "23514" => ERRCODE_CHECK_VIOLATION, condition_name = "check_violation", kind = "E",
            "23P01" => ERRCODE_EXCLUSION_VIOLATION, condition_name = "exclusion_violation", kind = "E",
        }

        "24" => InvalidCursorState, "Invalid Cursor State" {
            "24000" => ERRCODE_INVALID_CURSOR_STATE, condition_name = "invalid_cursor_state", kind = "E",
        }

        "25" => InvalidTransactionState, "Invalid Transaction State" {
            "25000" => ERRCODE_INVALID_TRANSACTION_STATE, condition_name = "invalid_transaction_state", kind = "E",
            "25001" => ERRCODE_ACTIVE_SQL_TRANSACTION, condition_name = "active_sql_transaction", kind = "E",
            "25002" => ERRCODE_BRANCH_TRANSACTION_ALREADY_ACTIVE, condition_name = "branch_transaction_already_active", kind = "E",
            "25008" => ERRCODE_HELD_CURSOR_REQUIRES_SAME_ISOLATION_LEVEL, condition_name = "held_cursor_requires_same_isolation_level", kind = "E",
            "25003" => ERRCODE_INAPPROPRIATE_ACCESS_MODE_FOR_BRANCH_TRANSACTION, condition_name = "inappropriate_access_mode_for_branch_transaction", kind = "E",
            "25004" => ERRCODE_INAPPROPRIATE_ISOLATION_LEVEL_FOR_BRANCH_TRANSACTION, condition_name = "inappropriate_isolation_level_for_branch_transaction", kind = "E",
            "25005" => ERRCODE_NO_ACTIVE_SQL_TRANSACTION_FOR_BRANCH_TRANSACTION, condition_name = "no_active_sql_transaction_for_branch_transaction", kind = "E",
            "25006" => ERRCODE_READ_ONLY_SQL_TRANSACTION, condition_name = "read_only_sql_transaction", kind = "E",
            "25007" => ERRCODE_SCHEMA_AND_DATA_STATEMENT_MIXING_NOT_SUPPORTED, condition_name = "schema_and_data_statement_mixing_not_supported", kind = "E",
            "25P01" => ERRCODE_NO_ACTIVE_SQL_TRANSACTION, condition_name = "no_active_sql_transaction", kind = "E",
            "25P02" => ERRCODE_IN_FAILED_SQL_TRANSACTION, condition_name = "in_failed_sql_transaction", kind = "E",
            "25P03" => ERRCODE_IDLE_IN_TRANSACTION_SESSION_TIMEOUT, condition_name = "idle_in_transaction_session_timeout", kind = "E",
        }

        "26" => InvalidSqlStatementName, "Invalid SQL Statement Name" {
            "26000" => ERRCODE_INVALID_SQL_STATEMENT_NAME, condition_name = "invalid_sql_statement_name", kind = "E",
        }

        "27" => TriggeredDataChangeViolation, "Triggered Data Change Violation" {
            "27000" => ERRCODE_TRIGGERED_DATA_CHANGE_VIOLATION, condition_name = "triggered_data_change_violation", kind = "E",
        }

        "28" => InvalidAuthorizationSpecification, "Invalid Authorization Specification" {
            "28000" => ERRCODE_INVALID_AUTHORIZATION_SPECIFICATION, condition_name = "invalid_authorization_specification", kind = "E",
            "28P01" => ERRCODE_INVALID_PASSWORD, condition_name = "invalid_password", kind = "E",
        }

        "2B" => DependentPrivilegeDescriptorsStillExist, "Dependent Privilege Descriptors Still Exist" {
            "2B000" => ERRCODE_DEPENDENT_PRIVILEGE_DESCRIPTORS_STILL_EXIST, condition_name = "dependent_privilege_descriptors_still_exist", kind = "E",
            "2BP01" => ERRCODE_DEPENDENT_OBJECTS_STILL_EXIST, condition_name = "dependent_objects_still_exist", kind = "E",
        }

        "2D" => InvalidTransactionTermination, "Invalid Transaction Termination" {
            "2D000" => ERRCODE_INVALID_TRANSACTION_TERMINATION, condition_name = "invalid_transaction_termination", kind = "E",
        }

        "2F" => SqlRoutineException, "SQL Routine Exception" {
            "2F000" => ERRCODE_SQL_ROUTINE_EXCEPTION, condition_name = "sql_routine_exception", kind = "E",
            "2F005" => ERRCODE_S_R_E_FUNCTION_EXECUTED_NO_RETURN_STATEMENT, condition_name = "function_executed_no_return_statement", kind = "E",
            "2F002" => ERRCODE_S_R_E_MODIFYING_SQL_DATA_NOT_PERMITTED, condition_name = "modifying_sql_data_not_permitted", kind = "E",
            "2F003" => ERRCODE_S_R_E_PROHIBITED_SQL_STATEMENT_ATTEMPTED, condition_name = "prohibited_sql_statement_attempted", kind = "E",
            "2F004" => ERRCODE_S_R_E_READING_SQL_DATA_NOT_PERMITTED, condition_name = "reading_sql_data_not_permitted", kind = "E",
        }

        "34" => InvalidCursorName, "Invalid Cursor Name" {
            "34000" => ERRCODE_INVALID_CURSOR_NAME, condition_name = "invalid_cursor_name", kind = "E",
        }

        "38" => ExternalRoutineException, "External Routine Exception" {
            "38000" => ERRCODE_EXTERNAL_ROUTINE_EXCEPTION, condition_name = "external_routine_exception", kind = "E",
            "38001" => ERRCODE_E_R_E_CONTAINING_SQL_NOT_PERMITTED, condition_name = "containing_sql_not_permitted", kind = "E",
            "38002" => ERRCODE_E_R_E_MODIFYING_SQL_DATA_NOT_PERMITTED, condition_name = "modifying_sql_data_not_permitted", kind = "E",
            "38003" => ERRCODE_E_R_E_PROHIBITED_SQL_STATEMENT_ATTEMPTED, condition_name = "prohibited_sql_statement_attempted", kind = "E",
            "38004" => ERRCODE_E_R_E_READING_SQL_DATA_NOT_PERMITTED, condition_name = "reading_sql_data_not_permitted", kind = "E",
        }

        "39" => ExternalRoutineInvocationException, "External Routine Invocation Exception" {
            "39000" => ERRCODE_EXTERNAL_ROUTINE_INVOCATION_EXCEPTION, condition_name = "external_routine_invocation_exception", kind = "E",
            "39001" => ERRCODE_E_R_I_E_INVALID_SQLSTATE_RETURNED, condition_name = "invalid_sqlstate_returned", kind = "E",
            "39004" => ERRCODE_E_R_I_E_NULL_VALUE_NOT_ALLOWED, condition_name = "null_value_not_allowed", kind = "E",
            "39P01" => ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED, condition_name = "trigger_protocol_violated", kind = "E",
            "39P02" => ERRCODE_E_R_I_E_SRF_PROTOCOL_VIOLATED, condition_name = "srf_protocol_violated", kind = "E",
            "39P03" => ERRCODE_E_R_I_E_EVENT_TRIGGER_PROTOCOL_VIOLATED, condition_name = "event_trigger_protocol_violated", kind = "E",
        }

        "3B" => SavepointException, "Savepoint Exception" {
            "3B000" => ERRCODE_SAVEPOINT_EXCEPTION, condition_name = "savepoint_exception", kind = "E",
            "3B001" => ERRCODE_S_E_INVALID_SPECIFICATION, condition_name = "invalid_savepoint_specification", kind = "E",
        }

        "3D" => InvalidCatalogName, "Invalid Catalog Name" {
            "3D000" => ERRCODE_INVALID_CATALOG_NAME, condition_name = "invalid_catalog_name", kind = "E",
        }

        "3F" => InvalidSchemaName, "Invalid Schema Name" {
            "3F000" => ERRCODE_INVALID_SCHEMA_NAME, condition_name = "invalid_schema_name", kind = "E",
        }

        "40" => TransactionRollback, "Transaction Rollback" {
            "40000" => ERRCODE_TRANSACTION_ROLLBACK, condition_name = "transaction_rollback", kind = "E",
            "40002" => ERRCODE_T_R_INTEGRITY_CONSTRAINT_VIOLATION, condition_name = "transaction_integrity_constraint_violation", kind = "E",
            "40001" => ERRCODE_T_R_SERIALIZATION_FAILURE, condition_name = "serialization_failure", kind = "E",
            "40003" => ERRCODE_T_R_STATEMENT_COMPLETION_UNKNOWN, condition_name = "statement_completion_unknown", kind = "E",
            "40P01" => ERRCODE_T_R_DEADLOCK_DETECTED, condition_name = "deadlock_detected", kind = "E",
        }

        "42" => SyntaxErrorOrAccessRuleViolation, "Syntax Error or Access Rule Violation" {
            "42000" => ERRCODE_SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION, condition_name = "syntax_error_or_access_rule_violation", kind = "E",
            "42601" => ERRCODE_SYNTAX_ERROR, condition_name = "syntax_error", kind = "E",
            "42501" => ERRCODE_INSUFFICIENT_PRIVILEGE, condition_name = "insufficient_privilege", kind = "E",
            "42846" => ERRCODE_CANNOT_COERCE, condition_name = "cannot_coerce", kind = "E",
            "42803" => ERRCODE_GROUPING_ERROR, condition_name = "grouping_error", kind = "E",
            "42P20" => ERRCODE_WINDOWING_ERROR, condition_name = "windowing_error", kind = "E",
            "42P19" => ERRCODE_INVALID_RECURSION, condition_name = "invalid_recursion", kind = "E",
            "42830" => ERRCODE_INVALID_FOREIGN_KEY, condition_name = "invalid_foreign_key", kind = "E",
            "42602" => ERRCODE_INVALID_NAME, condition_name = "invalid_name", kind = "E",
            "42622" => ERRCODE_NAME_TOO_LONG, condition_name = "name_too_long", kind = "E",
            "42939" => ERRCODE_RESERVED_NAME, condition_name = "reserved_name", kind = "E",
            "42804" => ERRCODE_DATATYPE_MISMATCH, condition_name = "datatype_mismatch", kind = "E",
            "42P18" => ERRCODE_INDETERMINATE_DATATYPE, condition_name = "indeterminate_datatype", kind = "E",
            "42P21" => ERRCODE_COLLATION_MISMATCH, condition_name = "collation_mismatch", kind = "E",
            "42P22" => ERRCODE_INDETERMINATE_COLLATION, condition_name = "indeterminate_collation", kind = "E",
            "42809" => ERRCODE_WRONG_OBJECT_TYPE, condition_name = "wrong_object_type", kind = "E",
            "428C9" => ERRCODE_GENERATED_ALWAYS, condition_name = "generated_always", kind = "E",
            "42703" => ERRCODE_UNDEFINED_COLUMN, condition_name = "undefined_column", kind = "E",
            "42883" => ERRCODE_UNDEFINED_FUNCTION, condition_name = "undefined_function", kind = "E",
            "42P01" => ERRCODE_UNDEFINED_TABLE, condition_name = "undefined_table", kind = "E",
            "42P02" => ERRCODE_UNDEFINED_PARAMETER, condition_name = "undefined_parameter", kind = "E",
            "42704" => ERRCODE_UNDEFINED_OBJECT, condition_name = "undefined_object", kind = "E",
            "42701" => ERRCODE_DUPLICATE_COLUMN, condition_name = "duplicate_column", kind = "E",
            "42P03" => ERRCODE_DUPLICATE_CURSOR, condition_name = "duplicate_cursor", kind = "E",
            "42P04" => ERRCODE_DUPLICATE_DATABASE, condition_name = "duplicate_database", kind = "E",
            "42723" => ERRCODE_DUPLICATE_FUNCTION, condition_name = "duplicate_function", kind = "E",
            "42P05" => ERRCODE_DUPLICATE_PSTATEMENT, condition_name = "duplicate_prepared_statement", kind = "E",
            "42P06" => ERRCODE_DUPLICATE_SCHEMA, condition_name = "duplicate_schema", kind = "E",
            "42P07" => ERRCODE_DUPLICATE_TABLE, condition_name = "duplicate_table", kind = "E",
            "42712" => ERRCODE_DUPLICATE_ALIAS, condition_name = "duplicate_alias", kind = "E",
            "42710" => ERRCODE_DUPLICATE_OBJECT, condition_name = "duplicate_object", kind = "E",
            "42702" => ERRCODE_AMBIGUOUS_COLUMN, condition_name = "ambiguous_column", kind = "E",
            "42725" => ERRCODE_AMBIGUOUS_FUNCTION, condition_name = "ambiguous_function", kind = "E",
            "42P08" => ERRCODE_AMBIGUOUS_PARAMETER, condition_name = "ambiguous_parameter", kind = "E",
            "42P09" => ERRCODE_AMBIGUOUS_ALIAS, condition_name = "ambiguous_alias", kind = "E",
            "42P10" => ERRCODE_INVALID_COLUMN_REFERENCE, condition_name = "invalid_column_reference", kind = "E",
            "42611" => ERRCODE_INVALID_COLUMN_DEFINITION, condition_name = "invalid_column_definition", kind = "E",
            "42P11" => ERRCODE_INVALID_CURSOR_DEFINITION, condition_name = "invalid_cursor_definition", kind = "E",
            "42P12" => ERRCODE_INVALID_DATABASE_DEFINITION, condition_name = "invalid_database_definition", kind = "E",
            "42P13" => ERRCODE_INVALID_FUNCTION_DEFINITION, condition_name = "invalid_function_definition", kind = "E",
            "42P14" => ERRCODE_INVALID_PSTATEMENT_DEFINITION, condition_name = "invalid_prepared_statement_definition", kind = "E",
            "42P15" => ERRCODE_INVALID_SCHEMA_DEFINITION, condition_name = "invalid_schema_definition", kind = "E",
            "42P16" => ERRCODE_INVALID_TABLE_DEFINITION, condition_name = "invalid_table_definition", kind = "E",
            "42P17" => ERRCODE_INVALID_OBJECT_DEFINITION, condition_name = "invalid_object_definition", kind = "E",
        }

        "44" => WithCheckOptionViolation, "WITH CHECK OPTION Violation" {
            "44000" => ERRCODE_WITH_CHECK_OPTION_VIOLATION, condition_name = "with_check_option_violation", kind = "E",
        }

        "53" => InsufficientResources, "Insufficient Resources" {
            "53000" => ERRCODE_INSUFFICIENT_RESOURCES, condition_name = "insufficient_resources", kind = "E",
            "53100" => ERRCODE_DISK_FULL, condition_name = "disk_full", kind = "E",
            "53200" => ERRCODE_OUT_OF_MEMORY, condition_name = "out_of_memory", kind = "E",
            "53300" => ERRCODE_TOO_MANY_CONNECTIONS, condition_name = "too_many_connections", kind = "E",
            "53400" => ERRCODE_CONFIGURATION_LIMIT_EXCEEDED, condition_name = "configuration_limit_exceeded", kind = "E",
        }

        "54" => ProgramLimitExceeded, "Program Limit Exceeded" {
            "54000" => ERRCODE_PROGRAM_LIMIT_EXCEEDED, condition_name = "program_limit_exceeded", kind = "E",
            "54001" => ERRCODE_STATEMENT_TOO_COMPLEX, condition_name = "statement_too_complex", kind = "E",
            "54011" => ERRCODE_TOO_MANY_COLUMNS, condition_name = "too_many_columns", kind = "E",
            "54023" => ERRCODE_TOO_MANY_ARGUMENTS, condition_name = "too_many_arguments", kind = "E",
        }

        "55" => ObjectNotInPrerequisiteState, "Object Not In Prerequisite State" {
            "55000" => ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE, condition_name = "object_not_in_prerequisite_state", kind = "E",
            "55006" => ERRCODE_OBJECT_IN_USE, condition_name = "object_in_use", kind = "E",
            "55P02" => ERRCODE_CANT_CHANGE_RUNTIME_PARAM, condition_name = "cant_change_runtime_param", kind = "E",
            "55P03" => ERRCODE_LOCK_NOT_AVAILABLE, condition_name = "lock_not_available", kind = "E",
            "55P04" => ERRCODE_UNSAFE_NEW_ENUM_VALUE_USAGE, condition_name = "unsafe_new_enum_value_usage", kind = "E",
        }

        "57" => OperatorIntervention, "Operator Intervention" {
            "57000" => ERRCODE_OPERATOR_INTERVENTION, condition_name = "operator_intervention", kind = "E",
            "57014" => ERRCODE_QUERY_CANCELED, condition_name = "query_canceled", kind = "E",
            "57P01" => ERRCODE_ADMIN_SHUTDOWN, condition_name = "admin_shutdown", kind = "E",
            "57P02" => ERRCODE_CRASH_SHUTDOWN, condition_name = "crash_shutdown", kind = "E",
            "57P03" => ERRCODE_CANNOT_CONNECT_NOW, condition_name = "cannot_connect_now", kind = "E",
            "57P04" => ERRCODE_DATABASE_DROPPED, condition_name = "database_dropped", kind = "E",
            "57P05" => ERRCODE_IDLE_SESSION_TIMEOUT, condition_name = "idle_session_timeout", kind = "E",
        }

        "58" => SystemError, "System Error (errors external to PostgreSQL itself)" {
            "58000" => ERRCODE_SYSTEM_ERROR, condition_name = "system_error", kind = "E",
            "58030" => ERRCODE_IO_ERROR, condition_name = "io_error", kind = "E",
            "58P01" => ERRCODE_UNDEFINED_FILE, condition_name = "undefined_file", kind = "E",
            "58P02" => ERRCODE_DUPLICATE_FILE, condition_name = "duplicate_file", kind = "E",
        }

        "72" => SnapshotFailure, "Snapshot Failure" {
            "72000" => ERRCODE_SNAPSHOT_TOO_OLD, condition_name = "snapshot_too_old", kind = "E",
        }

        "F0" => ConfigurationFileError, "Configuration File Error" {
            "F0000" => ERRCODE_CONFIG_FILE_ERROR, condition_name = "config_file_error", kind = "E",
            "F0001" => ERRCODE_LOCK_FILE_EXISTS, condition_name = "lock_file_exists", kind = "E",
        }

        "HV" => ForeignDataWrapperError, "Foreign Data Wrapper Error (SQL/MED)" {
            "HV000" => ERRCODE_FDW_ERROR, condition_name = "fdw_error", kind = "E",
            "HV005" => ERRCODE_FDW_COLUMN_NAME_NOT_FOUND, condition_name = "fdw_column_name_not_found", kind = "E",
            "HV002" => ERRCODE_FDW_DYNAMIC_PARAMETER_VALUE_NEEDED, condition_name = "fdw_dynamic_parameter_value_needed", kind = "E",
            "HV010" => ERRCODE_FDW_FUNCTION_SEQUENCE_ERROR, condition_name = "fdw_function_sequence_error", kind = "E",
            "HV021" => ERRCODE_FDW_INCONSISTENT_DESCRIPTOR_INFORMATION, condition_name = "fdw_inconsistent_descriptor_information", kind = "E",
            "HV024" => ERRCODE_FDW_INVALID_ATTRIBUTE_VALUE, condition_name = "fdw_invalid_attribute_value", kind = "E",
            "HV007" => ERRCODE_FDW_INVALID_COLUMN_NAME, condition_name = "fdw_invalid_column_name", kind = "E",
            "HV008" => ERRCODE_FDW_INVALID_COLUMN_NUMBER, condition_name = "fdw_invalid_column_number", kind = "E",
            "HV004" => ERRCODE_FDW_INVALID_DATA_TYPE, condition_name = "fdw_invalid_data_type", kind = "E",
            "HV006" => ERRCODE_FDW_INVALID_DATA_TYPE_DESCRIPTORS, condition_name = "fdw_invalid_data_type_descriptors", kind = "E",
            "HV091" => ERRCODE_FDW_INVALID_DESCRIPTOR_FIELD_IDENTIFIER, condition_name = "fdw_invalid_descriptor_field_identifier", kind = "E",
            "HV00B" => ERRCODE_FDW_INVALID_HANDLE, condition_name = "fdw_invalid_handle", kind = "E",
            "HV00C" => ERRCODE_FDW_INVALID_OPTION_INDEX, condition_name = "fdw_invalid_option_index", kind = "E",
            "HV00D" => ERRCODE_FDW_INVALID_OPTION_NAME, condition_name = "fdw_invalid_option_name", kind = "E",
            "HV090" => ERRCODE_FDW_INVALID_STRING_LENGTH_OR_BUFFER_LENGTH, condition_name = "fdw_invalid_string_length_or_buffer_length", kind = "E",
            "HV00A" => ERRCODE_FDW_INVALID_STRING_FORMAT, condition_name = "fdw_invalid_string_format", kind = "E",
            "HV009" => ERRCODE_FDW_INVALID_USE_OF_NULL_POINTER, condition_name = "fdw_invalid_use_of_null_pointer", kind = "E",
            "HV014" => ERRCODE_FDW_TOO_MANY_HANDLES, condition_name = "fdw_too_many_handles", kind = "E",
            "HV001" => ERRCODE_FDW_OUT_OF_MEMORY, condition_name = "fdw_out_of_memory", kind = "E",
            "HV00P" => ERRCODE_FDW_NO_SCHEMAS, condition_name = "fdw_no_schemas", kind = "E",
            "HV00J" => ERRCODE_FDW_OPTION_NAME_NOT_FOUND, condition_name = "fdw_option_name_not_found", kind = "E",
            "HV00K" => ERRCODE_FDW_REPLY_HANDLE, condition_name = "fdw_reply_handle", kind = "E",
            "HV00Q" => ERRCODE_FDW_SCHEMA_NOT_FOUND, condition_name = "fdw_schema_not_found", kind = "E",
            "HV00R" => ERRCODE_FDW_TABLE_NOT_FOUND, condition_name = "fdw_table_not_found", kind = "E",
            "HV00L" => ERRCODE_FDW_UNABLE_TO_CREATE_EXECUTION, condition_name = "fdw_unable_to_create_execution", kind = "E",
            "HV00M" => ERRCODE_FDW_UNABLE_TO_CREATE_REPLY, condition_name = "fdw_unable_to_create_reply", kind = "E",
            "HV00N" => ERRCODE_FDW_UNABLE_TO_ESTABLISH_CONNECTION, condition_name = "fdw_unable_to_establish_connection", kind = "E",
        }

        "P0" => PlPgSqlError, "PL/pgSQL Error" {
            "P0000" => ERRCODE_PLPGSQL_ERROR, condition_name = "plpgsql_error", kind = "E",
            "P0001" => ERRCODE_RAISE_EXCEPTION, condition_name = "raise_exception", kind = "E",
            "P0002" => ERRCODE_NO_DATA_FOUND, condition_name = "no_data_found", kind = "E",
            "P0003" => ERRCODE_TOO_MANY_ROWS, condition_name = "too_many_rows", kind = "E",
            "P0004" => ERRCODE_ASSERT_FAILURE, condition_name = "assert_failure", kind = "E",
        }

        "XX" => InternalError, "Internal Error" {
            "XX000" => ERRCODE_INTERNAL_ERROR, condition_name = "internal_error", kind = "E",
            "XX001" => ERRCODE_DATA_CORRUPTED, condition_name = "data_corrupted", kind = "E",
            "XX002" => ERRCODE_INDEX_CORRUPTED, condition_name = "index_corrupted", kind = "E",
        }

        // Aliases
        ERRCODE_ARRAY_ELEMENT_ERROR = ERRCODE_ARRAY_SUBSCRIPT_ERROR,
        ERRCODE_DATETIME_VALUE_OUT_OF_RANGE = ERRCODE_DATETIME_FIELD_OVERFLOW,
        ERRCODE_UNDEFINED_CURSOR = ERRCODE_INVALID_CURSOR_NAME,
        ERRCODE_UNDEFINED_DATABASE = ERRCODE_INVALID_CATALOG_NAME,
        ERRCODE_UNDEFINED_PSTATEMENT = ERRCODE_INVALID_SQL_STATEMENT_NAME,
        ERRCODE_UNDEFINED_SCHEMA = ERRCODE_INVALID_SCHEMA_NAME,
    }
}
