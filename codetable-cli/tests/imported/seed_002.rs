codetable::define_codes! {
    /// 响应码
    ///
    /// Imported by `codes import` from `002_d53db0eeffa58ca7.txt`, line 1.
    pub enum DaemonCode {
        /// 当 请求有效、操作执行成功时，响应码为 `0`。
        0 => OK, "成功",

        10000..=19999 => RequestError, "请求错误" {
            /// 无法解析请求或缺失操作名称
            10001 => BAD_REQUEST, "无效请求",
            /// 客户端调用未知操作
            10002 => UNKNOWN_ACTION, "未知操作",
            /// 令牌权限不足
            10003 => PERMISSION_DENIED, "权限不足",
            /// 请求的操作当前不可用
            10004 => ACTION_UNAVAILABLE, "暂不可用",
            /// 请求频率超出了速率限制
            10005 => RATE_LIMIT_EXCEEDED, "频率过快",

            11000..=11999 => ParamError, "参数错误" {
                /// 请求参数缺失或类型错误
                11001 => BAD_PARAM, "类型错误",
                /// 参数格式错误
                11002 => BAD_FORMAT, "格式错误",
            }
        }

        20000..=29999 => ServerError, "服务器错误" {
            /// 服务器内部发生未知错误
            20001 => UNEXPECTED_ERROR, "意外错误",

            21000..=21999 => FileError, "文件错误" {
                /// 访问的文件不存在
                21001 => FILE_NOT_FOUND, "文件不存在",
                /// 访问的文件已存在
                21002 => FILE_ALREADY_EXISTS, "文件已存在",
                /// 文件正在被使用，无法再次打开
                21003 => FILE_IN_USE, "文件已占用",
                /// 访问的路径是目录而不是文件
                21004 => ITS_A_DIRECTORY, "那是目录",
                /// 访问的路径是文件而不是目录
                21005 => ITS_A_FILE, "那是文件",
                /// 无法读/写/创建/删除/移动文件
                21006 => FILE_ACCESS_FAILED, "无法访问文件",
                /// 服务器储存空间已满
                21007 => DISK_FULL, "磁盘已满",

                21100..=21199 => UploadDownloadError, "上传 / 下载错误" {
                    /// 文件已在上传
                    21101 => ALREADY_UPLOADING, "已在上传",
                    /// 文件不在上传
                    21102 => NOT_UPLOADING, "不在上传",
                    /// 要上传的文件过大
                    21103 => FILE_TOO_BIG, "文件过大",
                    /// 文件已在下载
                    21104 => ALREADY_DOWNLOADING, "已在下载",
                    /// 文件不在下载
                    21105 => NOT_DOWNLOADING, "不在下载",
                }
            }
        }

        30000..=39999 => InstanceError, "实例错误" {
            /// 访问的实例不存在
            30001 => INSTANCE_NOT_FOUND, "实例不存在",
            /// 访问的实例已存在
            30002 => INSTANCE_ALREADY_EXISTS, "实例已存在",
            /// 实例当前状态不支持该操作
            30003 => BAD_INSTANCE_STATE, "实例状态错误",
            /// 实例类型不支持该操作
            30004 => BAD_INSTANCE_TYPE, "实例类型错误",
        }

        40000..=59999 => reserved, "保留错误段",

        /// 对于其他无法涵盖的错误，Daemon 实现可以自由使用来表示。
        60000..=99999 => Section7, "其它错误段" {}
    }
}
