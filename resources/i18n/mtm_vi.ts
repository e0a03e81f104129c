<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Search name, email, phone, notes</source>
        <translation>Tìm theo tên, email, điện thoại, ghi chú</translation>
    </message>
    <message>
        <source>Add customer…</source>
        <translation>Thêm khách hàng…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Change the selected customer's name, sex, email, phone or notes</source>
        <translation>Sửa tên, giới tính, email, điện thoại hoặc ghi chú của khách hàng đang chọn</translation>
    </message>
    <message>
        <source>Measurement history</source>
        <translation>Lịch sử số đo</translation>
    </message>
    <message>
        <source>Every saved version is kept; pick one to load it</source>
        <translation>Mọi phiên bản đã lưu đều được giữ lại; chọn một phiên bản để mở</translation>
    </message>
    <message>
        <source>No customer book: {problem}</source>
        <translation>Không có sổ khách hàng: {problem}</translation>
    </message>
    <message>
        <source>Book: {path}</source>
        <translation>Sổ: {path}</translation>
    </message>
    <message>
        <source>Cannot read the customer book</source>
        <translation>Không đọc được sổ khách hàng</translation>
    </message>
    <message>
        <source>{n} version, last {date}</source>
        <translation>{n} phiên bản, lần cuối {date}</translation>
    </message>
    <message>
        <source>{n} versions, last {date}</source>
        <translation>{n} phiên bản, lần cuối {date}</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>chưa đo</translation>
    </message>
    <message>
        <source>Cannot add customer</source>
        <translation>Không thêm được khách hàng</translation>
    </message>
    <message>
        <source>Cannot read the measurement history</source>
        <translation>Không đọc được lịch sử số đo</translation>
    </message>
    <message>
        <source>Version {number} · {time}</source>
        <translation>Phiên bản {number} · {time}</translation>
    </message>
    <message>
        <source>Saved {time}, entered in {units}</source>
        <translation>Lưu lúc {time}, nhập theo {units}</translation>
    </message>
    <message>
        <source>Cannot change the customer</source>
        <translation>Không sửa được khách hàng</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Sửa khách hàng</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Thêm khách hàng</translation>
    </message>
    <message>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>female</source>
        <translation>nữ</translation>
    </message>
    <message>
        <source>male</source>
        <translation>nam</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>no measurements yet: type them in, import a file or pick a customer</source>
        <translation>chưa có số đo: nhập trực tiếp, nhập từ tệp hoặc chọn khách hàng</translation>
    </message>
    <message>
        <source>drafting {garment}</source>
        <translation>đang dựng rập {garment}</translation>
    </message>
    <message>
        <source>No pattern for these measurements</source>
        <translation>Không dựng được rập cho số đo này</translation>
    </message>
    <message>
        <source>There is no drafted pattern yet: enter valid measurements and pick a garment first.</source>
        <translation>Chưa có rập: hãy nhập số đo hợp lệ và chọn kiểu may trước.</translation>
    </message>
    <message>
        <source>Drafted {garment}: {n} pieces, </source>
        <translation>Đã dựng {garment}: {n} chi tiết, </translation>
    </message>
    <message>
        <source>{n} checks failed</source>
        <translation>{n} kiểm tra không đạt</translation>
    </message>
    <message>
        <source>all checks passed</source>
        <translation>mọi kiểm tra đều đạt</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>lỗi nội bộ</translation>
    </message>
    <message>
        <source>Cannot draft: {problem}</source>
        <translation>Không dựng được rập: {problem}</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>số đo</translation>
    </message>
    <message>
        <source>garment</source>
        <translation>kiểu may</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>fabric</source>
        <translation>vải</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>độ mịn lưới</translation>
    </message>
    <message>
        <source>outfit</source>
        <translation>bộ trang phục</translation>
    </message>
    <message>
        <source>Drape mesh edge length: coarse (3 cm) drapes in seconds, fine (0.5 cm) shows small folds but is slow</source>
        <translation>Độ dài cạnh lưới mặc thử: thô (3 cm) chạy trong vài giây, mịn (0,5 cm) thấy nếp nhỏ nhưng chậm</translation>
    </message>
    <message>
        <source>preparing the body</source>
        <translation>đang chuẩn bị cơ thể</translation>
    </message>
    <message>
        <source>Fitting the customer's body in the background, ready for Drape…</source>
        <translation>Đang dựng cơ thể khách hàng ở chế độ nền, sẵn sàng để Mặc thử…</translation>
    </message>
    <message>
        <source>The customer's body is ready: Drape drapes it at once</source>
        <translation>Cơ thể khách hàng đã sẵn sàng: Mặc thử sẽ mặc ngay</translation>
    </message>
    <message>
        <source>the {what} changed</source>
        <translation>{what} đã thay đổi</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>Cannot drape</source>
        <translation>Không mặc thử được</translation>
    </message>
    <message>
        <source>fitting the body</source>
        <translation>đang dựng cơ thể</translation>
    </message>
    <message>
        <source>draping</source>
        <translation>đang mặc thử</translation>
    </message>
    <message>
        <source>preparing the cloth simulator</source>
        <translation>đang chuẩn bị mô phỏng vải</translation>
    </message>
    <message>
        <source>Updating the drape</source>
        <translation>Đang cập nhật bản mặc thử</translation>
    </message>
    <message>
        <source>Draping {garment} in {fabric}</source>
        <translation>Đang mặc thử {garment} bằng {fabric}</translation>
    </message>
    <message>
        <source>Draping at {resolution} cm…</source>
        <translation>Đang mặc thử với lưới {resolution} cm…</translation>
    </message>
    <message>
        <source>Draped in {seconds} s: {vertices} vertices, {settled}</source>
        <translation>Mặc thử xong trong {seconds} giây: {vertices} đỉnh, {settled}</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>đã ổn định</translation>
    </message>
    <message>
        <source>NOT settled</source>
        <translation>CHƯA ổn định</translation>
    </message>
    <message>
        <source>{resolution} cm mesh</source>
        <translation>lưới {resolution} cm</translation>
    </message>
    <message>
        <source>TOO SMALL</source>
        <translation>QUÁ CHẬT</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>edit measurements</source>
        <translation>sửa số đo</translation>
    </message>
    <message>
        <source>edit {names}</source>
        <translation>sửa {names}</translation>
    </message>
    <message>
        <source>set {option}</source>
        <translation>đặt {option}</translation>
    </message>
    <message>
        <source>change garment</source>
        <translation>đổi kiểu may</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Không có gì để xuất</translation>
    </message>
    <message>
        <source>Drape the garment first (Ctrl+D).</source>
        <translation>Hãy mặc thử sản phẩm trước (Ctrl+D).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} page)</source>
        <translation>Đã ghi {path} ({n} trang)</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} pages)</source>
        <translation>Đã ghi {path} ({n} trang)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Đã ghi {path}</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>Đang xuất {name}</translation>
    </message>
    <message>
        <source>A4 pages (tiled)</source>
        <translation>Khổ A4 (ghép trang)</translation>
    </message>
    <message>
        <source>Letter pages (tiled)</source>
        <translation>Khổ Letter (ghép trang)</translation>
    </message>
    <message>
        <source>Plotter roll 914 mm</source>
        <translation>Cuộn máy vẽ 914 mm</translation>
    </message>
    <message>
        <source>Plotter roll 1600 mm</source>
        <translation>Cuộn máy vẽ 1600 mm</translation>
    </message>
    <message>
        <source>Export DXF</source>
        <translation>Xuất DXF</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>AAMA/ASTM standard (R12)</source>
        <translation>Chuẩn AAMA/ASTM (R12)</translation>
    </message>
    <message>
        <source>millimetres (metric)</source>
        <translation>milimét (hệ mét)</translation>
    </message>
    <message>
        <source>inches (English)</source>
        <translation>inch (hệ Anh)</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Kiểu DXF</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>The fabric remembered for the {garment} ({fabric}) is no longer a preset; using the garment's own fabric.</source>
        <translation>Vải đã nhớ cho {garment} ({fabric}) không còn trong danh sách; dùng vải riêng của kiểu may.</translation>
    </message>
    <message>
        <source>{gsm} g/m², bending {bending} N·m, {kind}</source>
        <translation>{gsm} g/m², độ cứng uốn {bending} N·m, {kind}</translation>
    </message>
    <message>
        <source>woven</source>
        <translation>vải dệt thoi</translation>
    </message>
    <message>
        <source>knit</source>
        <translation>vải dệt kim</translation>
    </message>
    <message>
        <source>Fabric (how it drapes)</source>
        <translation>Vải (cách vải rủ)</translation>
    </message>
    <message>
        <source>Look (how it shows in 3D)</source>
        <translation>Bề mặt (cách vải hiện trong 3D)</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Màu…</translation>
    </message>
    <message>
        <source>Choose the fabric's main colour</source>
        <translation>Chọn màu chính của vải</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Màu mặc định</translation>
    </message>
    <message>
        <source>Fabric colour</source>
        <translation>Màu vải</translation>
    </message>
    <message>
        <source>{look} look</source>
        <translation>bề mặt {look}</translation>
    </message>
    <message>
        <source> in {colour}</source>
        <translation> màu {colour}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} đến {high}</translation>
    </message>
    <message>
        <source>one of: {choices}</source>
        <translation>một trong: {choices}</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>có hoặc không</translation>
    </message>
    <message>
        <source>{range}; default {default}</source>
        <translation>{range}; mặc định {default}</translation>
    </message>
    <message>
        <source>Worn with</source>
        <translation>Mặc cùng</translation>
    </message>
    <message>
        <source>A second garment draped with this one: a top over a bottom, or a jacket over a shirt or a bottom (the garment underneath is draped first, the other over it)</source>
        <translation>Một sản phẩm thứ hai được mặc thử cùng sản phẩm này: áo mặc ngoài quần hoặc váy, hoặc áo vest mặc ngoài áo sơ mi hoặc quần, váy (sản phẩm bên trong được mặc thử trước, sản phẩm kia mặc ra ngoài)</translation>
    </message>
    <message>
        <source>Reset options to defaults</source>
        <translation>Đặt lại tùy chọn mặc định</translation>
    </message>
    <message>
        <source>Reading the garment catalogue…</source>
        <translation>Đang đọc danh mục mẫu may…</translation>
    </message>
    <message>
        <source>{garment}: drafted after {system}</source>
        <translation>{garment}: dựng hình theo {system}</translation>
    </message>
    <message>
        <source>Drafted after {system}. For: {sexes}.</source>
        <translation>Dựng hình theo {system}. Dành cho: {sexes}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>sự cố</translation>
    </message>
    <message>
        <source>Something went wrong inside MTM Studio:</source>
        <translation>Đã xảy ra lỗi bên trong MTM Studio:</translation>
    </message>
    <message>
        <source>Details were printed to the terminal; please report them.</source>
        <translation>Chi tiết đã được in ra cửa sổ lệnh; vui lòng báo lại cho chúng tôi.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop the running job (Esc)</source>
        <translation>Dừng công việc đang chạy (Esc)</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>đang hủy…</translation>
    </message>
    <message>
        <source>Drafted patterns appear here.

Pick a garment and its style options, and its pieces are drafted from the measurements on the right, ready to check and to export as cut files.</source>
        <translation>Rập đã dựng hiện ở đây.

Chọn kiểu may và các tùy chọn kiểu dáng, các chi tiết sẽ được dựng theo số đo bên phải, sẵn sàng để kiểm tra và xuất thành tệp cắt.</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Rập</translation>
    </message>
    <message>
        <source>The customer's body and the draped garment appear here in 3D.

The body is built to match the measurements on the right.</source>
        <translation>Cơ thể khách hàng và sản phẩm mặc thử hiện ở đây dưới dạng 3D.

Cơ thể được dựng khớp với số đo bên phải.</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Số đo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Import measurements…</source>
        <translation>&amp;Nhập số đo…</translation>
    </message>
    <message>
        <source>&amp;Export measurements…</source>
        <translation>&amp;Xuất số đo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <source>&amp;Add customer…</source>
        <translation>&amp;Thêm khách hàng…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>&amp;Sửa khách hàng…</translation>
    </message>
    <message>
        <source>&amp;Save new version</source>
        <translation>&amp;Lưu phiên bản mới</translation>
    </message>
    <message>
        <source>&amp;Estimate missing measurements</source>
        <translation>&amp;Ước tính số đo còn thiếu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About MTM Studio</source>
        <translation>&amp;Giới thiệu MTM Studio</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Chưa chọn khách hàng</translation>
    </message>
    <message>
        <source>Cannot read the measurements</source>
        <translation>Không đọc được số đo</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Khách hàng: {name}</translation>
    </message>
    <message>
        <source>version {number}, saved {stamp}</source>
        <translation>phiên bản {number}, lưu lúc {stamp}</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Select or add a customer first.</source>
        <translation>Hãy chọn hoặc thêm khách hàng trước.</translation>
    </message>
    <message>
        <source>Cannot save the measurements</source>
        <translation>Không lưu được số đo</translation>
    </message>
    <message>
        <source>Saved version {number} for {name}</source>
        <translation>Đã lưu phiên bản {number} cho {name}</translation>
    </message>
    <message>
        <source>Unsaved measurements</source>
        <translation>Số đo chưa lưu</translation>
    </message>
    <message>
        <source>The measurements were changed but not saved. Discard the changes?</source>
        <translation>Số đo đã thay đổi nhưng chưa lưu. Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>About MTM Studio</source>
        <translation>Giới thiệu MTM Studio</translation>
    </message>
    <message>
        <source>Made-to-measure clothing: measurements, bodies, drafted patterns, draping and cut files.</source>
        <translation>May đo theo số đo: số đo, cơ thể, dựng rập, mặc thử và tệp cắt.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>chưa đo</translation>
    </message>
    <message>
        <source>name shown on exports</source>
        <translation>tên in trên tệp xuất</translation>
    </message>
    <message>
        <source>Typical ranges and estimates depend on sex</source>
        <translation>Khoảng số đo thường gặp và số ước tính phụ thuộc giới tính</translation>
    </message>
    <message>
        <source>Units of the length fields; values convert when switched</source>
        <translation>Đơn vị của các số đo chiều dài; đổi đơn vị thì số đo được quy đổi</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Read measurements from a .json, .csv, Seamly2D or Valentina file</source>
        <translation>Đọc số đo từ tệp .json, .csv, Seamly2D hoặc Valentina</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Write these measurements to a .json, .csv or .vit file</source>
        <translation>Ghi số đo này ra tệp .json, .csv hoặc .vit</translation>
    </message>
    <message>
        <source>Estimate missing</source>
        <translation>Ước tính số còn thiếu</translation>
    </message>
    <message>
        <source>Fill empty fields from height, chest, waist and hip (ANSUR II regressions); estimated values are shown in italics</source>
        <translation>Điền các ô trống từ chiều cao, vòng ngực, vòng eo và vòng mông (hồi quy ANSUR II); số ước tính hiện chữ nghiêng</translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation>Lưu phiên bản mới</translation>
    </message>
    <message>
        <source>Save these measurements to the customer book as a new version; earlier versions are kept</source>
        <translation>Lưu số đo này vào sổ khách hàng thành phiên bản mới; các phiên bản cũ vẫn được giữ</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <translation>đã thay đổi, chưa lưu</translation>
    </message>
    <message>
        <source>Cannot import measurements</source>
        <translation>Không nhập được số đo</translation>
    </message>
    <message>
        <source>Cannot export measurements</source>
        <translation>Không xuất được số đo</translation>
    </message>
    <message>
        <source>Cannot estimate measurements</source>
        <translation>Không ước tính được số đo</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Nhập số đo</translation>
    </message>
    <message>
        <source>Export measurements</source>
        <translation>Xuất số đo</translation>
    </message>
    <message>
        <source>Estimated, not measured: type a measured value to replace it.</source>
        <translation>Số ước tính, chưa đo: nhập số đo thực để thay thế.</translation>
    </message>
    <message>
        <source>{n} further measurement from the imported file (not in the catalogue) is kept and exported again.</source>
        <translation>{n} số đo khác trong tệp đã nhập (không có trong danh mục) được giữ lại và xuất lại.</translation>
    </message>
    <message>
        <source>{n} further measurements from the imported file (not in the catalogue) are kept and exported again.</source>
        <translation>{n} số đo khác trong tệp đã nhập (không có trong danh mục) được giữ lại và xuất lại.</translation>
    </message>
    <message>
        <source>No measurements yet: type them in or import a file.</source>
        <translation>Chưa có số đo: nhập trực tiếp hoặc nhập từ tệp.</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} lỗi</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} lỗi</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} cảnh báo</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} cảnh báo</translation>
    </message>
    <message>
        <source>: fix the fields marked red before saving.</source>
        <translation>: sửa các ô tô đỏ trước khi lưu.</translation>
    </message>
    <message>
        <source>: unusual values, please check them.</source>
        <translation>: số đo bất thường, vui lòng kiểm tra lại.</translation>
    </message>
    <message>
        <source>{n} measurement</source>
        <translation>{n} số đo</translation>
    </message>
    <message>
        <source>{n} measurements</source>
        <translation>{n} số đo</translation>
    </message>
    <message>
        <source>, all valid.</source>
        <translation>, tất cả hợp lệ.</translation>
    </message>
    <message>
        <source>Select or add a customer to save measurements.</source>
        <translation>Hãy chọn hoặc thêm khách hàng để lưu số đo.</translation>
    </message>
    <message>
        <source>Fix the errors before saving.</source>
        <translation>Hãy sửa lỗi trước khi lưu.</translation>
    </message>
    <message>
        <source>Enter some measurements first.</source>
        <translation>Hãy nhập số đo trước.</translation>
    </message>
    <message>
        <source>Save these measurements to the customer book as a new version.</source>
        <translation>Lưu số đo này vào sổ khách hàng thành phiên bản mới.</translation>
    </message>
    <message>
        <source>{length} cm (allowance {allowance} cm)</source>
        <translation>{length} cm (đường may chừa {allowance} cm)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Tape: off</source>
        <translation>Thước dây: tắt</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Fit the pattern to the view</source>
        <translation>Thu phóng rập vừa khung nhìn</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Tape: distance</source>
        <translation>Thước: thẳng</translation>
    </message>
    <message>
        <source>Measure a straight distance: click two points</source>
        <translation>Đo khoảng cách thẳng: bấm vào hai điểm</translation>
    </message>
    <message>
        <source>Tape: along curve</source>
        <translation>Thước: đường cong</translation>
    </message>
    <message>
        <source>Measure along a sew line: click an edge for its length, or two points on it</source>
        <translation>Đo theo đường may: bấm vào một cạnh để lấy chiều dài, hoặc bấm hai điểm trên cạnh đó</translation>
    </message>
    <message>
        <source>Graded nest</source>
        <translation>Nhảy cỡ</translation>
    </message>
    <message>
        <source>Show every size of a size table stacked on each piece</source>
        <translation>Hiện mọi cỡ của bảng cỡ chồng lên từng chi tiết</translation>
    </message>
    <message>
        <source>Size table of the graded nest</source>
        <translation>Bảng cỡ để nhảy cỡ</translation>
    </message>
    <message>
        <source>drill hole {name}</source>
        <translation>lỗ dùi {name}</translation>
    </message>
    <message>
        <source>grain line</source>
        <translation>canh sợi</translation>
    </message>
    <message>
        <source>; place on fold ({edge})</source>
        <translation>; đặt trên nếp gấp ({edge})</translation>
    </message>
    <message>
        <source>cut {n}</source>
        <translation>cắt {n}</translation>
    </message>
    <message>
        <source> on fold</source>
        <translation> trên vải gấp đôi</translation>
    </message>
    <message>
        <source>size {size}</source>
        <translation>cỡ {size}</translation>
    </message>
    <message>
        <source>No pattern.</source>
        <translation>Chưa có rập.</translation>
    </message>
    <message>
        <source>{pieces} pieces; {passed} of {checks} checks passed</source>
        <translation>{pieces} chi tiết; {passed}/{checks} kiểm tra đạt</translation>
    </message>
    <message>
        <source>; {n} FAILED: pick one to see where.</source>
        <translation>; {n} KHÔNG ĐẠT: chọn một mục để xem vị trí.</translation>
    </message>
    <message>
        <source>Tape: click two points</source>
        <translation>Thước: bấm hai điểm</translation>
    </message>
    <message>
        <source>Tape: click an edge, or two points on one edge</source>
        <translation>Thước: bấm một cạnh, hoặc hai điểm trên cùng một cạnh</translation>
    </message>
    <message>
        <source>Tape: click on a sew line (dashed)</source>
        <translation>Thước: bấm vào một đường may (nét đứt)</translation>
    </message>
    <message>
        <source>Tape: click the second point</source>
        <translation>Thước: bấm điểm thứ hai</translation>
    </message>
    <message>
        <source>Distance: {length}</source>
        <translation>Khoảng cách: {length}</translation>
    </message>
    <message>
        <source>{length} along the curve</source>
        <translation>{length} theo đường cong</translation>
    </message>
    <message>
        <source>No size tables are available for a graded nest.</source>
        <translation>Không có bảng cỡ nào để nhảy cỡ.</translation>
    </message>
    <message>
        <source>Graded nest: {problem}</source>
        <translation>Nhảy cỡ: {problem}</translation>
    </message>
    <message>
        <source>{garment}, table {table}: sizes {sizes} (base {base} bold)</source>
        <translation>{garment}, bảng {table}: các cỡ {sizes} (cỡ gốc {base} in đậm)</translation>
    </message>
    <message>
        <source>Graded nest: {n} sizes of {table}.</source>
        <translation>Nhảy cỡ: {n} cỡ của {table}.</translation>
    </message>
    <message>
        <source>MTM project (*.mtm)</source>
        <translation>Dự án MTM (*.mtm)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>from the project</source>
        <translation>từ dự án</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Không lưu được dự án</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Không mở được dự án</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Đã mở {path}</translation>
    </message>
    <message>
        <source>Unsaved project</source>
        <translation>Dự án chưa lưu</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Discard them?</source>
        <translation>Dự án có thay đổi chưa lưu. Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>Save the project before closing?</source>
        <translation>Lưu dự án trước khi đóng?</translation>
    </message>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation>Tự động lưu thất bại: {problem}</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Đã tự động lưu</translation>
    </message>
    <message>
        <source>Recover work</source>
        <translation>Khôi phục công việc</translation>
    </message>
    <message>
        <source>MTM Studio did not close properly last time. Recover the work saved automatically at {time}?</source>
        <translation>Lần trước MTM Studio không đóng đúng cách. Khôi phục công việc được tự động lưu lúc {time}?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <source>Recovered the autosaved work; save it to keep it</source>
        <translation>Đã khôi phục công việc tự động lưu; hãy lưu lại để giữ</translation>
    </message>
    <message>
        <source>Navy</source>
        <translation>Xanh đen</translation>
    </message>
    <message>
        <source>Ivory</source>
        <translation>Trắng ngà</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Đỏ</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Đen</translation>
    </message>
    <message>
        <source>Sage</source>
        <translation>Xanh xám</translation>
    </message>
    <message>
        <source>Sand</source>
        <translation>Màu cát</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>Xanh da trời</translation>
    </message>
    <message>
        <source>Burgundy</source>
        <translation>Đỏ rượu vang</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Showroom - {garment}</source>
        <translation>Phòng trưng bày - {garment}</translation>
    </message>
    <message>
        <source>Turntable</source>
        <translation>Xoay tròn</translation>
    </message>
    <message>
        <source>Compare colourways</source>
        <translation>So sánh màu</translation>
    </message>
    <message>
        <source>Compare with previous drape</source>
        <translation>So sánh với lần mặc thử trước</translation>
    </message>
    <message>
        <source>Drape another fit or size first: the drape before the current one appears here</source>
        <translation>Hãy mặc thử một dáng hoặc cỡ khác trước: lần mặc thử trước đó sẽ hiện ở đây</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Left view:</source>
        <translation>Hình bên trái:</translation>
    </message>
    <message>
        <source>Right view:</source>
        <translation>Hình bên phải:</translation>
    </message>
    <message>
        <source>Customer book unavailable</source>
        <translation>Không mở được sổ khách hàng</translation>
    </message>
    <message>
        <source>The studio opens without a customer book.</source>
        <translation>Studio sẽ mở mà không có sổ khách hàng.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Dự án</translation>
    </message>
    <message>
        <source>&amp;Garment</source>
        <translation>&amp;Kiểu may</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>Dự án &amp;mới</translation>
    </message>
    <message>
        <source>Start a new project (customer, garment, fabric)</source>
        <translation>Bắt đầu dự án mới (khách hàng, kiểu may, vải)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Mở dự án…</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Lưu dự án</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Lưu dự án &amp;thành…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Drape</source>
        <translation>&amp;Mặc thử</translation>
    </message>
    <message>
        <source>Fit the body to the measurements and drape the garment on it (runs in the background)</source>
        <translation>Dựng cơ thể theo số đo và mặc sản phẩm lên (chạy nền)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Redrape by itself a moment after an edit, starting from the drape shown</source>
        <translation>Tự mặc thử lại ngay sau khi sửa, bắt đầu từ bản mặc thử đang hiển thị</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Hủy công việc</translation>
    </message>
    <message>
        <source>Stop the running fit or drape</source>
        <translation>Dừng việc dựng cơ thể hoặc mặc thử đang chạy</translation>
    </message>
    <message>
        <source>&amp;Redraft now</source>
        <translation>&amp;Dựng lại rập</translation>
    </message>
    <message>
        <source>Show &amp;pattern</source>
        <translation>Xem &amp;rập</translation>
    </message>
    <message>
        <source>Show &amp;3D</source>
        <translation>Xem &amp;3D</translation>
    </message>
    <message>
        <source>Sho&amp;wroom</source>
        <translation>Phòng trưng &amp;bày</translation>
    </message>
    <message>
        <source>Show the draped garment to the customer full screen</source>
        <translation>Cho khách xem sản phẩm mặc thử toàn màn hình</translation>
    </message>
    <message>
        <source>&amp;Detailed body skin</source>
        <translation>&amp;Da cơ thể chi tiết</translation>
    </message>
    <message>
        <source>Show and drape on the detailed body skin instead of the smooth mannequin finish (from the next drape)</source>
        <translation>Hiển thị và mô phỏng vải trên da cơ thể chi tiết thay vì bề mặt ma-nơ-canh trơn (từ lần mô phỏng tiếp theo)</translation>
    </message>
    <message>
        <source>Pattern &amp;DXF (AAMA/ASTM)…</source>
        <translation>Rập &amp;DXF (AAMA/ASTM)…</translation>
    </message>
    <message>
        <source>&amp;Cutter DXF…</source>
        <translation>DXF cho máy &amp;cắt…</translation>
    </message>
    <message>
        <source>&amp;PDF (plotter or tiled)…</source>
        <translation>&amp;PDF (máy vẽ hoặc ghép trang)…</translation>
    </message>
    <message>
        <source>&amp;SVG preview…</source>
        <translation>Xem trước &amp;SVG…</translation>
    </message>
    <message>
        <source>3D picture (P&amp;NG)…</source>
        <translation>Ảnh 3D (P&amp;NG)…</translation>
    </message>
    <message>
        <source>&amp;Turntable (GIF/MP4)…</source>
        <translation>Ảnh &amp;xoay vòng (GIF/MP4)…</translation>
    </message>
    <message>
        <source>3D model (&amp;GLB)…</source>
        <translation>Mô hình 3D (&amp;GLB)…</translation>
    </message>
    <message>
        <source>P&amp;hoto with caption (PNG)…</source>
        <translation>Ả&amp;nh có chú thích (PNG)…</translation>
    </message>
    <message>
        <source>A picture with the customer's name, garment and fabric under it, for messaging apps</source>
        <translation>Ảnh kèm tên khách, sản phẩm và loại vải bên dưới, để gửi qua ứng dụng nhắn tin</translation>
    </message>
    <message>
        <source>Share pa&amp;ge (HTML)…</source>
        <translation>Trang chia &amp;sẻ (HTML)…</translation>
    </message>
    <message>
        <source>One HTML file with the garment in 3D that the customer opens offline, on a phone too</source>
        <translation>Một tệp HTML có sản phẩm 3D, khách mở được khi không có mạng, cả trên điện thoại</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source>mesh</source>
        <translation>lưới</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>Vải</translation>
    </message>
    <message>
        <source>Fit map: stretch</source>
        <translation>Độ giãn</translation>
    </message>
    <message>
        <source>Fit map: ease</source>
        <translation>Độ cử động</translation>
    </message>
    <message>
        <source>Three quarter</source>
        <translation>Góc 3/4</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <source>Drape again</source>
        <translation>Mặc thử lại</translation>
    </message>
    <message>
        <source>The customer's body and the draped garment appear here.

Press Drape (Ctrl+D) to fit the body to the measurements and drape the garment.</source>
        <translation>Cơ thể khách hàng và sản phẩm mặc thử hiện ở đây.

Bấm Mặc thử (Ctrl+D) để dựng cơ thể theo số đo và mặc sản phẩm lên.</translation>
    </message>
    <message>
        <source>Camera: {name}</source>
        <translation>Góc nhìn: {name}</translation>
    </message>
    <message>
        <source>Colour the garment by its fabric, or by stretch (%) or ease (cm from the skin)</source>
        <translation>Tô màu sản phẩm theo vải, theo độ giãn (%) hoặc độ cử động (cm cách da)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cơ thể</translation>
    </message>
    <message>
        <source>Show or hide the body under the garment</source>
        <translation>Hiện hoặc ẩn cơ thể bên dưới sản phẩm</translation>
    </message>
    <message>
        <source>Updating the drape for the latest changes…</source>
        <translation>Đang cập nhật bản mặc thử theo thay đổi mới nhất…</translation>
    </message>
    <message>
        <source>The drape is out of date: {why}. Drape again to see the garment as drafted now.</source>
        <translation>Bản mặc thử đã cũ: {why}. Bấm Mặc thử lại để xem sản phẩm theo rập hiện tại.</translation>
    </message>
    <message>
        <source>the pattern changed</source>
        <translation>rập đã thay đổi</translation>
    </message>
    <message>
        <source>reading the catalogue</source>
        <translation>đang đọc danh mục</translation>
    </message>
    <message>
        <source>loading the 3D rooms</source>
        <translation>đang nạp các phần 3D</translation>
    </message>
    <message>
        <source>Preparing the cloth simulator in the background…</source>
        <translation>Đang chuẩn bị mô phỏng vải ở chế độ nền…</translation>
    </message>
    <message>
        <source>Cloth simulator ready ({seconds} s)</source>
        <translation>Mô phỏng vải đã sẵn sàng ({seconds} giây)</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>Kiểu may</translation>
    </message>
    <message>
        <source>The language changes when MTM Studio is started again.</source>
        <translation>Ngôn ngữ sẽ đổi khi khởi động lại MTM Studio.</translation>
    </message>
    <message>
        <source>Drape the garment first (Ctrl+D): the showroom shows the drape</source>
        <translation>Hãy mặc thử sản phẩm trước (Ctrl+D): phòng trưng bày hiển thị bản mặc thử</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>outline</source>
        <translation>đường bao</translation>
    </message>
    <message>
        <source>seam</source>
        <translation>đường may</translation>
    </message>
    <message>
        <source>notches</source>
        <translation>dấu bấm</translation>
    </message>
    <message>
        <source>ease</source>
        <translation>độ cử động</translation>
    </message>
    <message>
        <source>girth</source>
        <translation>vòng thành phẩm</translation>
    </message>
    <message>
        <source>smooth</source>
        <translation>độ trơn</translation>
    </message>
</context>
<context>
    <name>Fabrics</name>
    <message>
        <source>Cotton single jersey (knit)</source>
        <translation>Thun cotton single jersey (dệt kim)</translation>
    </message>
    <message>
        <source>Cotton poplin (plain weave shirting)</source>
        <translation>Cotton poplin (vải sơ mi dệt trơn)</translation>
    </message>
    <message>
        <source>Denim (3/1 twill, about 12 oz/yd^2)</source>
        <translation>Denim (vân chéo 3/1, khoảng 12 oz/yd^2)</translation>
    </message>
    <message>
        <source>Linen (medium plain weave)</source>
        <translation>Vải lanh (dệt trơn vừa)</translation>
    </message>
    <message>
        <source>Silk charmeuse (satin, about 19 momme)</source>
        <translation>Lụa charmeuse (satin, khoảng 19 momme)</translation>
    </message>
    <message>
        <source>Wool suiting (worsted twill)</source>
        <translation>Vải len may vest (vân chéo worsted)</translation>
    </message>
    <message>
        <source>solid</source>
        <translation>trơn</translation>
    </message>
    <message>
        <source>stripes</source>
        <translation>kẻ sọc</translation>
    </message>
    <message>
        <source>breton</source>
        <translation>sọc thủy thủ</translation>
    </message>
    <message>
        <source>gingham</source>
        <translation>kẻ ô gingham</translation>
    </message>
    <message>
        <source>check</source>
        <translation>kẻ caro</translation>
    </message>
    <message>
        <source>denim</source>
        <translation>denim</translation>
    </message>
    <message>
        <source>herringbone</source>
        <translation>xương cá</translation>
    </message>
    <message>
        <source>jersey</source>
        <translation>thun</translation>
    </message>
</context>
<context>
    <name>Garments</name>
    <message>
        <source>T-shirt</source>
        <translation>Áo thun (T-shirt)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Menswear / for Women's Wear: easy-fitting bodice, T-shirt and one-piece sleeve blocks (cap fitted numerically to the armhole)</source>
        <translation>Aldrich, Metric Pattern Cutting (nam / nữ): khối thân rộng, khối áo thun và tay áo một mảnh (đầu tay khớp với vòng nách bằng tính toán)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Độ ôm</translation>
    </message>
    <message>
        <source>ease over the body: slim, regular or oversized (dropped shoulder)</source>
        <translation>độ cử động so với cơ thể: ôm, vừa hoặc rộng (vai trễ)</translation>
    </message>
    <message>
        <source>slim</source>
        <translation>ôm</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>vừa</translation>
    </message>
    <message>
        <source>oversized</source>
        <translation>rộng</translation>
    </message>
    <message>
        <source>Sleeve</source>
        <translation>Tay áo</translation>
    </message>
    <message>
        <source>sleeve length style</source>
        <translation>kiểu dài tay áo</translation>
    </message>
    <message>
        <source>short</source>
        <translation>ngắn</translation>
    </message>
    <message>
        <source>long</source>
        <translation>dài</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dài áo</translation>
    </message>
    <message>
        <source>hem position below the hip line</source>
        <translation>vị trí gấu dưới đường ngang mông</translation>
    </message>
    <message>
        <source>Short sleeve length</source>
        <translation>Dài tay ngắn</translation>
    </message>
    <message>
        <source>short sleeve length from the shoulder</source>
        <translation>dài tay ngắn tính từ vai</translation>
    </message>
    <message>
        <source>Neck drop</source>
        <translation>Hạ cổ</translation>
    </message>
    <message>
        <source>extra depth of the front neckline</source>
        <translation>độ khoét sâu thêm của cổ trước</translation>
    </message>
    <message>
        <source>Neckband width</source>
        <translation>Bản viền cổ</translation>
    </message>
    <message>
        <source>finished width of the folded neckband</source>
        <translation>bản rộng thành phẩm của viền cổ gập đôi</translation>
    </message>
    <message>
        <source>Neckband ratio</source>
        <translation>Tỉ lệ viền cổ</translation>
    </message>
    <message>
        <source>neckband length as a share of the neckline (stretch)</source>
        <translation>chiều dài viền cổ so với vòng cổ áo (co giãn)</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Sơ mi</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Menswear: classic shirt block, one-piece shirt sleeve and two-piece shirt collar (cap fitted numerically to the armhole)</source>
        <translation>Aldrich, Metric Pattern Cutting (nam): khối sơ mi cổ điển, tay sơ mi một mảnh và cổ sơ mi hai mảnh (đầu tay khớp với vòng nách bằng tính toán)</translation>
    </message>
    <message>
        <source>hem position at the centre front below the hip line</source>
        <translation>vị trí gấu ở giữa thân trước dưới đường ngang mông</translation>
    </message>
    <message>
        <source>Tail rise</source>
        <translation>Độ cong đuôi áo</translation>
    </message>
    <message>
        <source>how far the curved hem rises at the side seam</source>
        <translation>gấu cong vượt lên bao nhiêu ở đường sườn</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Cúc</translation>
    </message>
    <message>
        <source>number of buttons on the front (plus one on the collar stand)</source>
        <translation>số cúc trên nẹp trước (thêm một cúc ở chân cổ)</translation>
    </message>
    <message>
        <source>Button extension</source>
        <translation>Bản nẹp cúc</translation>
    </message>
    <message>
        <source>button stand extension beyond the centre front</source>
        <translation>phần nẹp cúc vượt qua giữa thân trước</translation>
    </message>
    <message>
        <source>Cuff depth</source>
        <translation>Bản măng sét</translation>
    </message>
    <message>
        <source>finished cuff depth</source>
        <translation>bản rộng thành phẩm của măng sét</translation>
    </message>
    <message>
        <source>Cuff ease</source>
        <translation>Độ rộng măng sét</translation>
    </message>
    <message>
        <source>finished cuff girth minus wrist girth</source>
        <translation>vòng măng sét thành phẩm trừ vòng cổ tay</translation>
    </message>
    <message>
        <source>Placket length</source>
        <translation>Dài thép tay</translation>
    </message>
    <message>
        <source>length of the sleeve placket slit</source>
        <translation>chiều dài đường xẻ thép tay</translation>
    </message>
    <message>
        <source>Stand height</source>
        <translation>Cao chân cổ</translation>
    </message>
    <message>
        <source>collar stand height at the centre back</source>
        <translation>chiều cao chân cổ ở giữa phía sau</translation>
    </message>
    <message>
        <source>Collar point</source>
        <translation>Đầu lá cổ</translation>
    </message>
    <message>
        <source>collar point length</source>
        <translation>chiều dài đầu nhọn lá cổ</translation>
    </message>
    <message>
        <source>Skirt (straight or A-line)</source>
        <translation>Chân váy (thẳng hoặc chữ A)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear: straight skirt block and its A-line adaptation (side flare from the hip line)</source>
        <translation>Aldrich, Metric Pattern Cutting (nữ): khối chân váy thẳng và biến thể chữ A (xòe sườn từ đường ngang mông)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Kiểu dáng</translation>
    </message>
    <message>
        <source>straight, or A-line flared from the hip</source>
        <translation>thẳng, hoặc chữ A xòe từ mông</translation>
    </message>
    <message>
        <source>straight</source>
        <translation>thẳng</translation>
    </message>
    <message>
        <source>aline</source>
        <translation>chữ A</translation>
    </message>
    <message>
        <source>waist to hem at the centre front</source>
        <translation>từ eo đến gấu ở giữa phía trước</translation>
    </message>
    <message>
        <source>Flare</source>
        <translation>Độ xòe</translation>
    </message>
    <message>
        <source>A-line: side seam spread at the hem, per side seam</source>
        <translation>chữ A: độ mở của đường sườn ở gấu, mỗi đường sườn</translation>
    </message>
    <message>
        <source>Hip ease</source>
        <translation>Cử động mông</translation>
    </message>
    <message>
        <source>finished hip girth minus body hip girth</source>
        <translation>vòng mông thành phẩm trừ vòng mông cơ thể</translation>
    </message>
    <message>
        <source>Waist ease</source>
        <translation>Cử động eo</translation>
    </message>
    <message>
        <source>finished waist girth minus body waist girth</source>
        <translation>vòng eo thành phẩm trừ vòng eo cơ thể</translation>
    </message>
    <message>
        <source>Waistband width</source>
        <translation>Bản cạp</translation>
    </message>
    <message>
        <source>finished width of the waistband</source>
        <translation>bản rộng thành phẩm của cạp</translation>
    </message>
    <message>
        <source>Zip length</source>
        <translation>Dài khóa kéo</translation>
    </message>
    <message>
        <source>centre-back zip opening below the waistband</source>
        <translation>đường mở khóa kéo giữa sau dưới cạp</translation>
    </message>
    <message>
        <source>Vent</source>
        <translation>Xẻ tà</translation>
    </message>
    <message>
        <source>straight style: centre-back walking vent above the hem (0: none)</source>
        <translation>kiểu thẳng: xẻ tà giữa sau phía trên gấu (0: không có)</translation>
    </message>
    <message>
        <source>Trousers (pleat or dart front, zip fly)</source>
        <translation>Quần âu (ly hoặc chiết ly trước, khóa cửa quần)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear / for Menswear: trouser block, with the Müller &amp; Sohn seat angle and back-fork drop; crotch seam fitted to the crotch length</source>
        <translation>Aldrich, Metric Pattern Cutting (nữ / nam): khối quần âu, với góc dốc đũng sau và độ hạ đũng sau theo Müller &amp; Sohn; đường đũng khớp với vòng đáy</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>front waist shaping: one pleat or one dart</source>
        <translation>tạo dáng eo trước: một ly hoặc một chiết ly</translation>
    </message>
    <message>
        <source>pleat</source>
        <translation>ly</translation>
    </message>
    <message>
        <source>dart</source>
        <translation>chiết ly</translation>
    </message>
    <message>
        <source>Pleat depth</source>
        <translation>Độ sâu ly</translation>
    </message>
    <message>
        <source>depth of the front pleat</source>
        <translation>độ sâu của ly trước</translation>
    </message>
    <message>
        <source>Hem girth</source>
        <translation>Vòng ống</translation>
    </message>
    <message>
        <source>leg opening girth (never under ankle girth + 12 cm)</source>
        <translation>vòng miệng ống quần (không nhỏ hơn vòng cổ chân + 12 cm)</translation>
    </message>
    <message>
        <source>Hem height</source>
        <translation>Độ cao gấu</translation>
    </message>
    <message>
        <source>hem above the floor at the side seam (the hem stays at least 5 cm below the knee line)</source>
        <translation>gấu cách sàn ở đường sườn (gấu luôn thấp hơn đường gối ít nhất 5 cm)</translation>
    </message>
    <message>
        <source>Sheath dress (fitted bodice and straight skirt, sleeveless)</source>
        <translation>Đầm ôm (thân ôm và chân váy thẳng, không tay)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear: close-fitting bodice block with side bust dart and waist darts, joined to the straight skirt block</source>
        <translation>Aldrich, Metric Pattern Cutting (nữ): khối thân ôm có chiết ngực sườn và chiết eo, nối với khối chân váy thẳng</translation>
    </message>
    <message>
        <source>skirt length, waist to hem</source>
        <translation>dài chân váy, từ eo đến gấu</translation>
    </message>
    <message>
        <source>Chest ease</source>
        <translation>Cử động ngực</translation>
    </message>
    <message>
        <source>finished chest girth minus body chest girth</source>
        <translation>vòng ngực thành phẩm trừ vòng ngực cơ thể</translation>
    </message>
    <message>
        <source>Zip below waist</source>
        <translation>Khóa kéo dưới eo</translation>
    </message>
    <message>
        <source>zip opening below the waist seam</source>
        <translation>đường mở khóa kéo dưới đường ráp eo</translation>
    </message>
    <message>
        <source>Facing width</source>
        <translation>Bản nẹp ve</translation>
    </message>
    <message>
        <source>depth of the facings below the neckline at the centre lines</source>
        <translation>độ sâu của nẹp ve dưới vòng cổ ở đường giữa</translation>
    </message>
    <message>
        <source>centre-back walking vent above the hem (0: none)</source>
        <translation>xẻ tà giữa sau phía trên gấu (0: không có)</translation>
    </message>
    <message>
        <source>Tailored jacket</source>
        <translation>Áo vest may đo</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Menswear / for Women's Wear: tailored jacket block (three-panel body, notched lapel on the break line, two-piece sleeve fitted numerically to the armhole)</source>
        <translation>Aldrich, Metric Pattern Cutting for Menswear / for Women's Wear: rập gốc áo vest (thân ba mảnh, ve cổ xẻ chữ V trên đường gập ve, tay hai mang khớp vòng nách bằng tính toán)</translation>
    </message>
    <message>
        <source>ease over the body: slim, regular or comfort</source>
        <translation>Độ cử động so với cơ thể: ôm, vừa hoặc rộng</translation>
    </message>
    <message>
        <source>comfort</source>
        <translation>Rộng</translation>
    </message>
    <message>
        <source>buttons on the single-breasted front (the top one at the break point)</source>
        <translation>Số cúc trên thân trước một hàng khuy (cúc trên cùng ở điểm gập ve)</translation>
    </message>
    <message>
        <source>Lapel width</source>
        <translation>Bản ve</translation>
    </message>
    <message>
        <source>lapel width at its point, square from the break line</source>
        <translation>Bản ve tại đầu ve, đo vuông góc với đường gập ve</translation>
    </message>
    <message>
        <source>Vents</source>
        <translation>Xẻ tà</translation>
    </message>
    <message>
        <source>back vents: none, one at the centre back or two at the sides</source>
        <translation>Xẻ tà thân sau: không xẻ, xẻ giữa sau hoặc xẻ hai bên sườn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>Xẻ giữa sau</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Xẻ hai bên</translation>
    </message>
    <message>
        <source>Shoulder pad</source>
        <translation>Đệm vai</translation>
    </message>
    <message>
        <source>height of the shoulder pad the shoulder is raised for</source>
        <translation>Độ dày đệm vai mà vai áo được nâng lên</translation>
    </message>
    <message>
        <source>Áo dài (fitted long tunic, raglan or set-in sleeves, mandarin collar)</source>
        <translation>Áo dài (áo dài ôm, tay raglan hoặc tay tra, cổ đứng)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear: close-fitting bodice block, raglan conversion and Chinese (stand) collar; bust point and front length from the áo dài tailor's card (neck to bust point, front and back waist lengths)</source>
        <translation>Aldrich, Metric Pattern Cutting for Women's Wear: rập gốc thân áo ôm, chuyển tay raglan và cổ đứng; điểm ngực và chiều dài thân trước theo phiếu số đo áo dài (hạ ngực, hạ eo trước, hạ eo sau)</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>kiểu cắt</translation>
    </message>
    <message>
        <source>women's (fitted, darts) or men's (looser, no darts) cut; auto follows the customer's sex</source>
        <translation>kiểu nữ (ôm, có chiết ly) hoặc kiểu nam (rộng hơn, không chiết); tự động theo giới tính khách</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>women</source>
        <translation>nữ</translation>
    </message>
    <message>
        <source>men</source>
        <translation>nam</translation>
    </message>
    <message>
        <source>hem level: just below the knee, mid-calf or near the ankle (auto: mid-calf for women, knee for men)</source>
        <translation>vị trí tà: qua gối, giữa bắp chân hoặc gần mắt cá (tự động: nữ giữa bắp chân, nam qua gối)</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>qua gối</translation>
    </message>
    <message>
        <source>mid calf</source>
        <translation>giữa bắp chân</translation>
    </message>
    <message>
        <source>ankle</source>
        <translation>mắt cá chân</translation>
    </message>
    <message>
        <source>raglan (the modern cut) or set-in sleeves</source>
        <translation>tay raglan (kiểu hiện đại) hoặc tay tra</translation>
    </message>
    <message>
        <source>raglan</source>
        <translation>tay raglan</translation>
    </message>
    <message>
        <source>set in</source>
        <translation>tay tra</translation>
    </message>
    <message>
        <source>finished chest girth minus body chest girth (men's cut adds 6 cm)</source>
        <translation>vòng ngực thành phẩm trừ vòng ngực cơ thể (kiểu nam cộng thêm 6 cm)</translation>
    </message>
    <message>
        <source>finished waist girth minus body waist girth (men's cut adds 6 cm)</source>
        <translation>vòng eo thành phẩm trừ vòng eo cơ thể (kiểu nam cộng thêm 6 cm)</translation>
    </message>
    <message>
        <source>Collar height</source>
        <translation>cao cổ</translation>
    </message>
    <message>
        <source>height of the stand collar (cổ cao)</source>
        <translation>chiều cao cổ đứng</translation>
    </message>
    <message>
        <source>Sleeve ease</source>
        <translation>độ cử động bắp tay</translation>
    </message>
    <message>
        <source>finished sleeve width at the biceps minus upper arm girth (bắp tay; men's cut adds 1 cm)</source>
        <translation>rộng bắp tay thành phẩm trừ vòng bắp tay (kiểu nam cộng thêm 1 cm)</translation>
    </message>
    <message>
        <source>Sleeve opening ease</source>
        <translation>độ rộng cửa tay</translation>
    </message>
    <message>
        <source>sleeve opening (cửa tay) minus wrist girth</source>
        <translation>cửa tay trừ vòng cổ tay</translation>
    </message>
    <message>
        <source>Hem flare</source>
        <translation>độ xòe tà</translation>
    </message>
    <message>
        <source>how far each panel widens at the hem beyond the hip, per side</source>
        <translation>mỗi tà xòe thêm ở gấu so với mông, mỗi bên</translation>
    </message>
    <message>
        <source>Áo dài trousers (quần: straight wide legs, elastic or side-buttoned waist)</source>
        <translation>Quần áo dài (ống suông rộng, lưng thun hoặc cài nút bên hông)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear / for Menswear: trouser block with the Müller &amp; Sohn seat angle; straight wide legs, elastic or side-buttoned waist</source>
        <translation>Aldrich, Metric Pattern Cutting for Women's Wear / for Menswear: rập gốc quần với góc đũng sau theo Müller &amp; Sohn; ống rộng suông, cạp chun hoặc cài khuy bên hông</translation>
    </message>
    <message>
        <source>Waist</source>
        <translation>lưng quần</translation>
    </message>
    <message>
        <source>elastic waist in a casing (pull-on) or a fitted waistband buttoned at the left side</source>
        <translation>lưng thun luồn (mặc chui) hoặc lưng vừa cài nút bên hông trái</translation>
    </message>
    <message>
        <source>elastic</source>
        <translation>lưng thun</translation>
    </message>
    <message>
        <source>side button</source>
        <translation>cài nút hông</translation>
    </message>
    <message>
        <source>Leg width</source>
        <translation>rộng ống</translation>
    </message>
    <message>
        <source>leg opening girth (never under thigh girth + 8 cm)</source>
        <translation>vòng ống quần (không nhỏ hơn vòng đùi + 8 cm)</translation>
    </message>
    <message>
        <source>finished waist girth minus body waist girth (buttoned waist)</source>
        <translation>vòng eo thành phẩm trừ vòng eo cơ thể (lưng cài nút)</translation>
    </message>
    <message>
        <source>hem above the floor at the side seam</source>
        <translation>lai quần cách sàn ở đường sườn</translation>
    </message>
    <message>
        <source>finished width of the waistband or casing</source>
        <translation>bản lưng hoặc lưng luồn thun thành phẩm</translation>
    </message>
    <message>
        <source>Qipao / cheongsam (fitted or traditional cut, mandarin collar, side slits)</source>
        <translation>Sườn xám (kiểu ôm hiện đại hoặc truyền thống, cổ đứng, xẻ tà hai bên)</translation>
    </message>
    <message>
        <source>Aldrich, Metric Pattern Cutting for Women's Wear: close-fitting bodice block extended to the hem, Chinese (stand) collar; traditional flat Chinese cut with sleeves in one</source>
        <translation>Aldrich, Metric Pattern Cutting for Women's Wear: rập gốc thân áo ôm kéo dài tới gấu, cổ đứng; kiểu cắt truyền thống Trung Hoa phẳng, tay liền thân</translation>
    </message>
    <message>
        <source>modern fitted cut with darts and set-in sleeves, or the traditional dartless cut with the sleeves in one with the body</source>
        <translation>kiểu hiện đại ôm có chiết ly và tay tra, hoặc kiểu truyền thống không chiết, tay liền thân</translation>
    </message>
    <message>
        <source>modern</source>
        <translation>hiện đại (ôm, có chiết ly)</translation>
    </message>
    <message>
        <source>traditional</source>
        <translation>truyền thống (tay liền, không chiết)</translation>
    </message>
    <message>
        <source>sleeveless, cap, short or three-quarter sleeves (the traditional cut has no sleeveless form: it falls back to cap)</source>
        <translation>sát nách, tay con, tay ngắn hoặc tay lửng (kiểu truyền thống không có sát nách: dùng tay con)</translation>
    </message>
    <message>
        <source>sleeveless</source>
        <translation>sát nách</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>tay con</translation>
    </message>
    <message>
        <source>three quarter</source>
        <translation>tay lửng</translation>
    </message>
    <message>
        <source>hem level: just below the knee, mid-calf or near the ankle</source>
        <translation>vị trí gấu: qua gối, giữa bắp chân hoặc gần mắt cá</translation>
    </message>
    <message>
        <source>Slit height</source>
        <translation>cao xẻ tà</translation>
    </message>
    <message>
        <source>side slits: height of the slit above the hem (kept 8 cm under the hip line)</source>
        <translation>xẻ tà hai bên: chiều cao xẻ tính từ gấu (thấp hơn ngang mông 8 cm)</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>cách cài</translation>
    </message>
    <message>
        <source>frog buttons (盘扣) or snaps along the opening</source>
        <translation>nút thắt (khuy tàu) hoặc nút bấm dọc đường cài</translation>
    </message>
    <message>
        <source>frog</source>
        <translation>nút thắt (khuy tàu)</translation>
    </message>
    <message>
        <source>snap</source>
        <translation>nút bấm</translation>
    </message>
    <message>
        <source>finished chest girth minus body chest girth (traditional cut adds 4 cm)</source>
        <translation>vòng ngực thành phẩm trừ vòng ngực cơ thể (kiểu truyền thống cộng thêm 4 cm)</translation>
    </message>
    <message>
        <source>height of the stand collar</source>
        <translation>chiều cao cổ đứng</translation>
    </message>
    <message>
        <source>Hem taper</source>
        <translation>độ thu gấu</translation>
    </message>
    <message>
        <source>how far each side comes in from the hip to the hem</source>
        <translation>mỗi bên thu vào từ ngang mông xuống gấu</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <source>Body</source>
        <translation>Cơ thể</translation>
    </message>
    <message>
        <source>Head and neck</source>
        <translation>Đầu và cổ</translation>
    </message>
    <message>
        <source>Torso girths</source>
        <translation>Các vòng thân</translation>
    </message>
    <message>
        <source>Torso lengths</source>
        <translation>Các số đo dài thân</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Tay</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Chân</translation>
    </message>
    <message>
        <source>Height (stature)</source>
        <translation>Chiều cao</translation>
    </message>
    <message>
        <source>Vertical distance from the floor to the top of the head (vertex), standing erect, feet together, head in the Frankfurt plane.</source>
        <translation>Khoảng cách thẳng đứng từ sàn đến đỉnh đầu, đứng thẳng, hai chân khép, đầu nhìn thẳng (mặt phẳng Frankfurt).</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Cân nặng</translation>
    </message>
    <message>
        <source>Body mass, lightly clothed, in kilograms.</source>
        <translation>Khối lượng cơ thể, mặc đồ mỏng, tính bằng kilôgam.</translation>
    </message>
    <message>
        <source>Head girth</source>
        <translation>Vòng đầu</translation>
    </message>
    <message>
        <source>Maximum horizontal girth of the head above the brow ridges and ears.</source>
        <translation>Vòng lớn nhất của đầu, đo ngang phía trên cung mày và tai.</translation>
    </message>
    <message>
        <source>Neck base girth</source>
        <translation>Vòng chân cổ</translation>
    </message>
    <message>
        <source>Girth of the neck at its base, over the cervicale (7th vertebra) at the back, the sides of the neck base and the top of the jugular notch in front.</source>
        <translation>Vòng quanh chân cổ: phía sau qua đốt sống cổ thứ 7, hai bên qua chân cổ, phía trước qua đỉnh hõm cổ.</translation>
    </message>
    <message>
        <source>Neck girth (collar height)</source>
        <translation>Vòng cổ (chân cổ áo đứng)</translation>
    </message>
    <message>
        <source>Girth of the neck just below the Adam's apple (larynx), square to the neck: where the top edge of a stand (mandarin) collar sits. The áo dài tailor's vòng cổ taken high, the qipao maker's collar neck girth (领围).</source>
        <translation>Vòng quanh cổ ngay dưới yết hầu, vuông góc với cổ: chỗ mép trên của cổ đứng nằm. Là vòng cổ đo cao của thợ may áo dài, vòng cổ áo của thợ may sườn xám.</translation>
    </message>
    <message>
        <source>Chest / bust girth</source>
        <translation>Vòng ngực</translation>
    </message>
    <message>
        <source>Horizontal girth at the fullest part of the chest (women: over the bust points), under the armpits and across the shoulder blades, breathing normally.</source>
        <translation>Vòng ngang chỗ nở nhất của ngực (nữ: qua hai đầu ngực), dưới nách và qua hai xương bả vai, thở bình thường.</translation>
    </message>
    <message>
        <source>Upper chest girth</source>
        <translation>Vòng ngực trên</translation>
    </message>
    <message>
        <source>Horizontal girth of the chest high under the armpits, above the bust in front and across the shoulder blades (the upper bust, vòng ngực trên, 上胸围).</source>
        <translation>Vòng ngang ngực sát dưới nách, phía trên đỉnh ngực ở trước và qua xương bả vai ở sau.</translation>
    </message>
    <message>
        <source>Underbust girth</source>
        <translation>Vòng chân ngực</translation>
    </message>
    <message>
        <source>Horizontal girth of the rib cage directly below the breasts.</source>
        <translation>Vòng ngang lồng ngực ngay dưới bầu ngực.</translation>
    </message>
    <message>
        <source>Waist girth</source>
        <translation>Vòng eo</translation>
    </message>
    <message>
        <source>Horizontal girth at the natural waist: the narrowest part of the torso between the lowest rib and the top of the hip bone, relaxed, not drawn in.</source>
        <translation>Vòng ngang eo tự nhiên: chỗ nhỏ nhất của thân giữa xương sườn dưới cùng và đỉnh xương hông, thả lỏng, không hóp bụng.</translation>
    </message>
    <message>
        <source>Waist girth at the navel</source>
        <translation>Vòng eo ngang rốn</translation>
    </message>
    <message>
        <source>Horizontal girth of the trunk at the level of the centre of the navel (omphalion), relaxed, breathing normally: the waist circumference of ANSUR II and of health surveys. Lower than the natural waist and usually larger than it.</source>
        <translation>Chu vi nằm ngang của thân ở ngang tâm rốn (omphalion), thả lỏng, thở bình thường: vòng eo của khảo sát ANSUR II và của các khảo sát sức khỏe. Thấp hơn eo tự nhiên và thường lớn hơn eo tự nhiên.</translation>
    </message>
    <message>
        <source>Hip girth</source>
        <translation>Vòng mông</translation>
    </message>
    <message>
        <source>Horizontal girth at the fullest part of the buttocks, feet together.</source>
        <translation>Vòng ngang chỗ nở nhất của mông, hai chân khép.</translation>
    </message>
    <message>
        <source>Shoulder width</source>
        <translation>Rộng vai</translation>
    </message>
    <message>
        <source>Straight horizontal distance between the two acromion points (shoulder tips), measured across the back.</source>
        <translation>Khoảng cách ngang thẳng giữa hai đầu mỏm vai, đo qua phía sau lưng.</translation>
    </message>
    <message>
        <source>Across back width</source>
        <translation>Ngang lưng</translation>
    </message>
    <message>
        <source>Horizontal distance across the back between the posterior armpit folds, at the level midway between the cervicale and the armpit level.</source>
        <translation>Khoảng cách ngang qua lưng giữa hai nếp nách sau, ở mức giữa đốt sống cổ thứ 7 và ngang nách.</translation>
    </message>
    <message>
        <source>Across front width</source>
        <translation>Ngang ngực</translation>
    </message>
    <message>
        <source>Horizontal distance across the chest between the anterior armpit folds, at the level midway between the neck base and the armpit level.</source>
        <translation>Khoảng cách ngang qua ngực giữa hai nếp nách trước, ở mức giữa chân cổ và ngang nách.</translation>
    </message>
    <message>
        <source>Bust point distance</source>
        <translation>Dang ngực</translation>
    </message>
    <message>
        <source>Horizontal distance between the two bust points (nipples).</source>
        <translation>Khoảng cách ngang giữa hai đầu ngực.</translation>
    </message>
    <message>
        <source>Neck to bust point</source>
        <translation>Hạ ngực</translation>
    </message>
    <message>
        <source>Distance from the side neck point (where the shoulder line meets the neck base) straight down over the chest to the bust point (hạ ngực, 胸高).</source>
        <translation>Khoảng cách từ điểm chân cổ ở đường vai thẳng xuống qua ngực đến đỉnh ngực.</translation>
    </message>
    <message>
        <source>Front waist length</source>
        <translation>Hạ eo trước</translation>
    </message>
    <message>
        <source>Distance from the side neck point over the bust point and straight down to the waist level (hạ eo trước, 前腰节长); the back's is the back waist length (hạ eo sau).</source>
        <translation>Khoảng cách từ điểm chân cổ ở đường vai qua đỉnh ngực thẳng xuống ngang eo; phía sau là hạ eo sau.</translation>
    </message>
    <message>
        <source>Back waist length</source>
        <translation>Hạ eo sau</translation>
    </message>
    <message>
        <source>Distance from the cervicale (7th vertebra) down the spine, following the back's contour, to the waist level.</source>
        <translation>Khoảng cách từ đốt sống cổ thứ 7 dọc theo sống lưng, theo dáng lưng, xuống đến ngang eo.</translation>
    </message>
    <message>
        <source>Waist to hip</source>
        <translation>Hạ mông</translation>
    </message>
    <message>
        <source>Vertical distance at the side of the body from the waist level down to the hip level (fullest buttocks).</source>
        <translation>Khoảng cách thẳng đứng ở bên hông từ ngang eo xuống ngang mông (chỗ nở nhất).</translation>
    </message>
    <message>
        <source>Crotch length</source>
        <translation>Vòng đáy</translation>
    </message>
    <message>
        <source>Distance from the waist at the centre front, down between the legs through the crotch, up to the waist at the centre back.</source>
        <translation>Khoảng cách từ eo ở giữa phía trước, vòng xuống giữa hai chân qua đáy, lên đến eo ở giữa phía sau.</translation>
    </message>
    <message>
        <source>Arm length</source>
        <translation>Dài tay</translation>
    </message>
    <message>
        <source>Distance from the acromion (shoulder tip) over the elbow to the wrist (ulnar styloid), arm hanging straight at the side.</source>
        <translation>Khoảng cách từ đầu mỏm vai qua khuỷu tay đến cổ tay (mỏm trâm trụ), tay buông thẳng bên người.</translation>
    </message>
    <message>
        <source>Upper arm girth</source>
        <translation>Vòng bắp tay</translation>
    </message>
    <message>
        <source>Girth of the upper arm at its fullest, midway between shoulder and elbow, arm hanging.</source>
        <translation>Vòng bắp tay trên chỗ lớn nhất, giữa vai và khuỷu tay, tay buông thẳng.</translation>
    </message>
    <message>
        <source>Armscye girth</source>
        <translation>Vòng nách</translation>
    </message>
    <message>
        <source>Girth of the arm root: from the armpit up the front crease, over the shoulder tip (acromion) and down the back crease to the armpit, arm hanging (vòng nách, 臂根围).</source>
        <translation>Vòng chân tay: từ hõm nách lên theo nếp trước, qua đầu vai và xuống theo nếp sau về hõm nách, tay buông thẳng.</translation>
    </message>
    <message>
        <source>Wrist girth</source>
        <translation>Vòng cổ tay</translation>
    </message>
    <message>
        <source>Girth of the wrist over the wrist bones (styloid processes).</source>
        <translation>Vòng cổ tay qua hai mỏm xương cổ tay.</translation>
    </message>
    <message>
        <source>Thigh girth</source>
        <translation>Vòng đùi</translation>
    </message>
    <message>
        <source>Horizontal girth of the thigh at its fullest, just below the gluteal fold.</source>
        <translation>Vòng ngang đùi chỗ lớn nhất, ngay dưới nếp mông.</translation>
    </message>
    <message>
        <source>Knee girth</source>
        <translation>Vòng gối</translation>
    </message>
    <message>
        <source>Girth of the leg over the middle of the knee cap, standing.</source>
        <translation>Vòng chân qua giữa xương bánh chè, đứng thẳng.</translation>
    </message>
    <message>
        <source>Calf girth</source>
        <translation>Vòng bắp chân</translation>
    </message>
    <message>
        <source>Horizontal girth of the calf at its fullest.</source>
        <translation>Vòng ngang bắp chân chỗ lớn nhất.</translation>
    </message>
    <message>
        <source>Ankle girth</source>
        <translation>Vòng cổ chân</translation>
    </message>
    <message>
        <source>Girth of the leg at its narrowest, just above the ankle bones.</source>
        <translation>Vòng chân chỗ nhỏ nhất, ngay trên mắt cá.</translation>
    </message>
    <message>
        <source>Inside leg</source>
        <translation>Dài giàng quần</translation>
    </message>
    <message>
        <source>Vertical distance from the crotch to the floor, standing, feet slightly apart.</source>
        <translation>Khoảng cách thẳng đứng từ đáy đến sàn, đứng thẳng, hai chân hơi dang.</translation>
    </message>
    <message>
        <source>Outside leg</source>
        <translation>Dài quần</translation>
    </message>
    <message>
        <source>Vertical distance at the side from the waist level to the floor.</source>
        <translation>Khoảng cách thẳng đứng ở bên hông từ ngang eo xuống sàn.</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Assembly: {cols} x {rows} pages, overlap {overlap} cm; match the crosses, glue along the dashed lines.</source>
        <translation>Ghép trang: {cols} x {rows} trang, chồng mép {overlap} cm; khớp các dấu chữ thập, dán theo đường nét đứt.</translation>
    </message>
    <message>
        <source>{style} - test square: 10 cm x 10 cm. Print at 100 %.</source>
        <translation>{style} - ô vuông kiểm tra: 10 cm x 10 cm. In đúng tỉ lệ 100 %.</translation>
    </message>
    <message>
        <source>{name}  size {size}</source>
        <translation>{name}  cỡ {size}</translation>
    </message>
    <message>
        <source>cut {n}</source>
        <translation>cắt {n}</translation>
    </message>
    <message>
        <source> ({n} mirrored)</source>
        <translation> ({n} lật đối xứng)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>cỡ</translation>
    </message>
    <message>
        <source>FOLD</source>
        <translation>GẤP ĐÔI</translation>
    </message>
    <message>
        <source>Finished chest</source>
        <translation>Vòng ngực thành phẩm</translation>
    </message>
    <message>
        <source>Finished waist</source>
        <translation>Vòng eo thành phẩm</translation>
    </message>
    <message>
        <source>Finished hip</source>
        <translation>Vòng mông thành phẩm</translation>
    </message>
    <message>
        <source>Finished thigh</source>
        <translation>Vòng đùi thành phẩm</translation>
    </message>
    <message>
        <source>Finished biceps</source>
        <translation>Bắp tay thành phẩm</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>Vải</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Key measurements</source>
        <translation>Số đo chính</translation>
    </message>
    <message>
        <source>{garment} for {customer}</source>
        <translation>{garment} may cho {customer}</translation>
    </message>
    <message>
        <source>{garment} made to measure for {customer}</source>
        <translation>{garment} may đo cho {customer}</translation>
    </message>
    <message>
        <source>Drag to turn, pinch or scroll to zoom. Made with {title}.</source>
        <translation>Kéo để xoay, chụm hai ngón hoặc cuộn để phóng to. Làm bằng {title}.</translation>
    </message>
</context>
<context>
    <name>Pieces</name>
    <message>
        <source>front</source>
        <translation>thân trước</translation>
    </message>
    <message>
        <source>T-shirt front</source>
        <translation>Thân trước áo thun</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>vải chính</translation>
    </message>
    <message>
        <source>T-SHIRT FRONT</source>
        <translation>THÂN TRƯỚC ÁO THUN</translation>
    </message>
    <message>
        <source>cut 1 on fold</source>
        <translation>cắt 1 trên vải gấp đôi</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>đường đặt</translation>
    </message>
    <message>
        <source>back</source>
        <translation>thân sau</translation>
    </message>
    <message>
        <source>T-shirt back</source>
        <translation>Thân sau áo thun</translation>
    </message>
    <message>
        <source>T-SHIRT BACK</source>
        <translation>THÂN SAU ÁO THUN</translation>
    </message>
    <message>
        <source>sleeve</source>
        <translation>tay áo</translation>
    </message>
    <message>
        <source>T-shirt sleeve</source>
        <translation>Tay áo thun</translation>
    </message>
    <message>
        <source>T-SHIRT SLEEVE</source>
        <translation>TAY ÁO THUN</translation>
    </message>
    <message>
        <source>cut 2 (a pair)</source>
        <translation>cắt 2 (một đôi)</translation>
    </message>
    <message>
        <source>neckband</source>
        <translation>viền cổ</translation>
    </message>
    <message>
        <source>Neckband</source>
        <translation>Viền cổ</translation>
    </message>
    <message>
        <source>NECKBAND cut 1 on fold, rib</source>
        <translation>VIỀN CỔ cắt 1 trên vải gấp đôi, vải bo</translation>
    </message>
    <message>
        <source>Shirt front</source>
        <translation>Thân trước sơ mi</translation>
    </message>
    <message>
        <source>SHIRT FRONT</source>
        <translation>THÂN TRƯỚC SƠ MI</translation>
    </message>
    <message>
        <source>buttonholes on one front, buttons on the other</source>
        <translation>khuyết ở một bên thân trước, cúc ở bên kia</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>giữa</translation>
    </message>
    <message>
        <source>fold</source>
        <translation>đường gấp</translation>
    </message>
    <message>
        <source>Shirt back</source>
        <translation>Thân sau sơ mi</translation>
    </message>
    <message>
        <source>SHIRT BACK</source>
        <translation>THÂN SAU SƠ MI</translation>
    </message>
    <message>
        <source>yoke</source>
        <translation>cầu vai</translation>
    </message>
    <message>
        <source>Yoke</source>
        <translation>Cầu vai</translation>
    </message>
    <message>
        <source>YOKE cut 2 on fold</source>
        <translation>CẦU VAI cắt 2 trên vải gấp đôi</translation>
    </message>
    <message>
        <source>Shirt sleeve</source>
        <translation>Tay áo sơ mi</translation>
    </message>
    <message>
        <source>SHIRT SLEEVE</source>
        <translation>TAY ÁO SƠ MI</translation>
    </message>
    <message>
        <source>slit</source>
        <translation>đường xẻ</translation>
    </message>
    <message>
        <source>stitch</source>
        <translation>đường diễu</translation>
    </message>
    <message>
        <source>pleat</source>
        <translation>ly</translation>
    </message>
    <message>
        <source>cuff</source>
        <translation>măng sét</translation>
    </message>
    <message>
        <source>Cuff</source>
        <translation>Măng sét</translation>
    </message>
    <message>
        <source>CUFF cut 2 on fold + interfacing</source>
        <translation>MĂNG SÉT cắt 2 trên vải gấp đôi + dựng</translation>
    </message>
    <message>
        <source>placket</source>
        <translation>thép tay</translation>
    </message>
    <message>
        <source>Sleeve placket (bound along the slit)</source>
        <translation>Thép tay (viền dọc đường xẻ)</translation>
    </message>
    <message>
        <source>PLACKET x2</source>
        <translation>THÉP TAY x2</translation>
    </message>
    <message>
        <source>collar stand</source>
        <translation>chân cổ</translation>
    </message>
    <message>
        <source>Collar stand</source>
        <translation>Chân cổ</translation>
    </message>
    <message>
        <source>COLLAR STAND cut 2 on fold + interfacing</source>
        <translation>CHÂN CỔ cắt 2 trên vải gấp đôi + dựng</translation>
    </message>
    <message>
        <source>collar</source>
        <translation>lá cổ</translation>
    </message>
    <message>
        <source>Collar</source>
        <translation>Lá cổ</translation>
    </message>
    <message>
        <source>COLLAR cut 2 on fold + interfacing</source>
        <translation>LÁ CỔ cắt 2 trên vải gấp đôi + dựng</translation>
    </message>
    <message>
        <source>cuff interfacing</source>
        <translation>dựng măng sét</translation>
    </message>
    <message>
        <source>Cuff interfacing</source>
        <translation>Dựng măng sét</translation>
    </message>
    <message>
        <source>interfacing</source>
        <translation>dựng</translation>
    </message>
    <message>
        <source>CUFF INTERFACING</source>
        <translation>DỰNG MĂNG SÉT</translation>
    </message>
    <message>
        <source>collar stand interfacing</source>
        <translation>dựng chân cổ</translation>
    </message>
    <message>
        <source>Collar stand interfacing</source>
        <translation>Dựng chân cổ</translation>
    </message>
    <message>
        <source>COLLAR STAND INTERFACING</source>
        <translation>DỰNG CHÂN CỔ</translation>
    </message>
    <message>
        <source>collar interfacing</source>
        <translation>dựng lá cổ</translation>
    </message>
    <message>
        <source>Collar interfacing</source>
        <translation>Dựng lá cổ</translation>
    </message>
    <message>
        <source>COLLAR INTERFACING</source>
        <translation>DỰNG LÁ CỔ</translation>
    </message>
    <message>
        <source>Skirt front</source>
        <translation>Thân trước chân váy</translation>
    </message>
    <message>
        <source>SKIRT FRONT</source>
        <translation>THÂN TRƯỚC CHÂN VÁY</translation>
    </message>
    <message>
        <source>Skirt back</source>
        <translation>Thân sau chân váy</translation>
    </message>
    <message>
        <source>SKIRT BACK</source>
        <translation>THÂN SAU CHÂN VÁY</translation>
    </message>
    <message>
        <source>waistband</source>
        <translation>cạp</translation>
    </message>
    <message>
        <source>Waistband</source>
        <translation>Cạp</translation>
    </message>
    <message>
        <source>WAISTBAND cut 1 on fold</source>
        <translation>CẠP cắt 1 trên vải gấp đôi</translation>
    </message>
    <message>
        <source>A-LINE SKIRT FRONT</source>
        <translation>THÂN TRƯỚC CHÂN VÁY CHỮ A</translation>
    </message>
    <message>
        <source>A-LINE SKIRT BACK</source>
        <translation>THÂN SAU CHÂN VÁY CHỮ A</translation>
    </message>
    <message>
        <source>Trousers front</source>
        <translation>Thân trước quần</translation>
    </message>
    <message>
        <source>TROUSERS FRONT</source>
        <translation>THÂN TRƯỚC QUẦN</translation>
    </message>
    <message>
        <source>cut 2 (a pair) - grain = crease</source>
        <translation>cắt 2 (một đôi) - canh sợi = ly chính</translation>
    </message>
    <message>
        <source>crease</source>
        <translation>ly chính</translation>
    </message>
    <message>
        <source>Trousers back</source>
        <translation>Thân sau quần</translation>
    </message>
    <message>
        <source>TROUSERS BACK</source>
        <translation>THÂN SAU QUẦN</translation>
    </message>
    <message>
        <source>fly facing</source>
        <translation>đáp cửa quần</translation>
    </message>
    <message>
        <source>Fly facing</source>
        <translation>Đáp cửa quần</translation>
    </message>
    <message>
        <source>FLY FACING cut 1</source>
        <translation>ĐÁP CỬA QUẦN cắt 1</translation>
    </message>
    <message>
        <source>bodice front</source>
        <translation>thân trên trước</translation>
    </message>
    <message>
        <source>Dress bodice front</source>
        <translation>Thân trên trước của đầm</translation>
    </message>
    <message>
        <source>DRESS BODICE FRONT</source>
        <translation>THÂN TRÊN TRƯỚC CỦA ĐẦM</translation>
    </message>
    <message>
        <source>bodice back</source>
        <translation>thân trên sau</translation>
    </message>
    <message>
        <source>Dress bodice back</source>
        <translation>Thân trên sau của đầm</translation>
    </message>
    <message>
        <source>DRESS BODICE BACK</source>
        <translation>THÂN TRÊN SAU CỦA ĐẦM</translation>
    </message>
    <message>
        <source>skirt front</source>
        <translation>chân váy trước</translation>
    </message>
    <message>
        <source>Dress skirt front</source>
        <translation>Chân váy trước của đầm</translation>
    </message>
    <message>
        <source>DRESS SKIRT FRONT</source>
        <translation>CHÂN VÁY TRƯỚC CỦA ĐẦM</translation>
    </message>
    <message>
        <source>skirt back</source>
        <translation>chân váy sau</translation>
    </message>
    <message>
        <source>Dress skirt back</source>
        <translation>Chân váy sau của đầm</translation>
    </message>
    <message>
        <source>DRESS SKIRT BACK</source>
        <translation>CHÂN VÁY SAU CỦA ĐẦM</translation>
    </message>
    <message>
        <source>facing front</source>
        <translation>nẹp ve trước</translation>
    </message>
    <message>
        <source>Front facing</source>
        <translation>Nẹp ve trước</translation>
    </message>
    <message>
        <source>FRONT FACING</source>
        <translation>NẸP VE TRƯỚC</translation>
    </message>
    <message>
        <source>cut 1 on fold, interface</source>
        <translation>cắt 1 trên vải gấp đôi, ép dựng</translation>
    </message>
    <message>
        <source>facing back</source>
        <translation>nẹp ve sau</translation>
    </message>
    <message>
        <source>Back facing</source>
        <translation>Nẹp ve sau</translation>
    </message>
    <message>
        <source>BACK FACING</source>
        <translation>NẸP VE SAU</translation>
    </message>
    <message>
        <source>cut 2, interface</source>
        <translation>cắt 2, ép dựng</translation>
    </message>
    <message>
        <source>Jacket front</source>
        <translation>Thân trước áo vest</translation>
    </message>
    <message>
        <source>JACKET FRONT</source>
        <translation>THÂN TRƯỚC ÁO VEST</translation>
    </message>
    <message>
        <source>breast welt: left front only</source>
        <translation>cơi túi ngực: chỉ thân trước trái</translation>
    </message>
    <message>
        <source>side body</source>
        <translation>THÂN SƯỜN</translation>
    </message>
    <message>
        <source>Side body</source>
        <translation>Thân sườn</translation>
    </message>
    <message>
        <source>SIDE BODY</source>
        <translation>THÂN SƯỜN</translation>
    </message>
    <message>
        <source>Jacket back</source>
        <translation>Thân sau áo vest</translation>
    </message>
    <message>
        <source>JACKET BACK</source>
        <translation>THÂN SAU ÁO VEST</translation>
    </message>
    <message>
        <source>top sleeve</source>
        <translation>TAY LỚN</translation>
    </message>
    <message>
        <source>Top sleeve</source>
        <translation>Tay lớn</translation>
    </message>
    <message>
        <source>TOP SLEEVE</source>
        <translation>TAY LỚN</translation>
    </message>
    <message>
        <source>under sleeve</source>
        <translation>TAY NHỎ</translation>
    </message>
    <message>
        <source>Under sleeve</source>
        <translation>Tay nhỏ</translation>
    </message>
    <message>
        <source>UNDER SLEEVE</source>
        <translation>TAY NHỎ</translation>
    </message>
    <message>
        <source>under collar</source>
        <translation>Lá cổ dưới</translation>
    </message>
    <message>
        <source>Under collar</source>
        <translation>Lá cổ dưới</translation>
    </message>
    <message>
        <source>UNDER COLLAR bias</source>
        <translation>LÁ CỔ DƯỚI cắt xéo</translation>
    </message>
    <message>
        <source>top collar</source>
        <translation>Lá cổ trên</translation>
    </message>
    <message>
        <source>Top collar</source>
        <translation>Lá cổ trên</translation>
    </message>
    <message>
        <source>TOP COLLAR cut 1 on fold</source>
        <translation>LÁ CỔ TRÊN cắt 1 gập đôi</translation>
    </message>
    <message>
        <source>facing</source>
        <translation>NẸP VE</translation>
    </message>
    <message>
        <source>FACING</source>
        <translation>NẸP VE</translation>
    </message>
    <message>
        <source>pocket flap</source>
        <translation>Nắp túi</translation>
    </message>
    <message>
        <source>Pocket flap</source>
        <translation>Nắp túi</translation>
    </message>
    <message>
        <source>POCKET FLAP</source>
        <translation>NẮP TÚI</translation>
    </message>
    <message>
        <source>breast welt</source>
        <translation>Cơi túi ngực</translation>
    </message>
    <message>
        <source>Breast welt</source>
        <translation>Cơi túi ngực</translation>
    </message>
    <message>
        <source>BREAST WELT</source>
        <translation>CƠI TÚI NGỰC</translation>
    </message>
    <message>
        <source>lining front</source>
        <translation>Lót thân trước</translation>
    </message>
    <message>
        <source>Lining front</source>
        <translation>Lót thân trước</translation>
    </message>
    <message>
        <source>lining</source>
        <translation>lót</translation>
    </message>
    <message>
        <source>LINING FRONT</source>
        <translation>LÓT THÂN TRƯỚC</translation>
    </message>
    <message>
        <source>dart</source>
        <translation>ly</translation>
    </message>
    <message>
        <source>lining side body</source>
        <translation>Lót thân sườn</translation>
    </message>
    <message>
        <source>Lining side body</source>
        <translation>Lót thân sườn</translation>
    </message>
    <message>
        <source>LINING SIDE BODY</source>
        <translation>LÓT THÂN SƯỜN</translation>
    </message>
    <message>
        <source>lining back</source>
        <translation>Lót thân sau</translation>
    </message>
    <message>
        <source>Lining back</source>
        <translation>Lót thân sau</translation>
    </message>
    <message>
        <source>LINING BACK</source>
        <translation>LÓT THÂN SAU</translation>
    </message>
    <message>
        <source>lining top sleeve</source>
        <translation>Lót tay lớn</translation>
    </message>
    <message>
        <source>Lining top sleeve</source>
        <translation>Lót tay lớn</translation>
    </message>
    <message>
        <source>LINING TOP SLEEVE</source>
        <translation>LÓT TAY LỚN</translation>
    </message>
    <message>
        <source>lining under sleeve</source>
        <translation>Lót tay nhỏ</translation>
    </message>
    <message>
        <source>Lining under sleeve</source>
        <translation>Lót tay nhỏ</translation>
    </message>
    <message>
        <source>LINING UNDER SLEEVE</source>
        <translation>LÓT TAY NHỎ</translation>
    </message>
    <message>
        <source>pocket flap lining</source>
        <translation>Lót nắp túi</translation>
    </message>
    <message>
        <source>Pocket flap lining</source>
        <translation>Lót nắp túi</translation>
    </message>
    <message>
        <source>POCKET FLAP LINING</source>
        <translation>LÓT NẮP TÚI</translation>
    </message>
    <message>
        <source>front fusing</source>
        <translation>Mex thân trước</translation>
    </message>
    <message>
        <source>Front fusing</source>
        <translation>Mex thân trước</translation>
    </message>
    <message>
        <source>FRONT FUSING fuse</source>
        <translation>Mex thân trước (ép mex)</translation>
    </message>
    <message>
        <source>facing fusing</source>
        <translation>Mex nẹp ve</translation>
    </message>
    <message>
        <source>Facing fusing</source>
        <translation>Mex nẹp ve</translation>
    </message>
    <message>
        <source>FACING FUSING fuse</source>
        <translation>Mex nẹp ve (ép mex)</translation>
    </message>
    <message>
        <source>under collar fusing</source>
        <translation>Mex lá cổ dưới</translation>
    </message>
    <message>
        <source>Under collar fusing</source>
        <translation>Mex lá cổ dưới</translation>
    </message>
    <message>
        <source>UNDER COLLAR FUSING fuse</source>
        <translation>Mex lá cổ dưới (ép mex)</translation>
    </message>
    <message>
        <source>top collar fusing</source>
        <translation>Mex lá cổ trên</translation>
    </message>
    <message>
        <source>Top collar fusing</source>
        <translation>Mex lá cổ trên</translation>
    </message>
    <message>
        <source>TOP COLLAR FUSING fuse</source>
        <translation>Mex lá cổ trên (ép mex)</translation>
    </message>
    <message>
        <source>pocket flap fusing</source>
        <translation>Mex nắp túi</translation>
    </message>
    <message>
        <source>Pocket flap fusing</source>
        <translation>Mex nắp túi</translation>
    </message>
    <message>
        <source>POCKET FLAP FUSING fuse</source>
        <translation>Mex nắp túi (ép mex)</translation>
    </message>
    <message>
        <source>Front (over-front)</source>
        <translation>Thân trước (vạt lớn)</translation>
    </message>
    <message>
        <source>AO DAI FRONT</source>
        <translation>THÂN TRƯỚC ÁO DÀI</translation>
    </message>
    <message>
        <source>cut 1, right side up; opening on the wearer's right</source>
        <translation>cắt 1, mặt phải lên trên; đường mở bên phải người mặc</translation>
    </message>
    <message>
        <source>under front</source>
        <translation>Vạt con</translation>
    </message>
    <message>
        <source>Under-front</source>
        <translation>Vạt con</translation>
    </message>
    <message>
        <source>UNDER-FRONT cut 1</source>
        <translation>VẠT CON cắt 1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Thân sau</translation>
    </message>
    <message>
        <source>AO DAI BACK</source>
        <translation>THÂN SAU ÁO DÀI</translation>
    </message>
    <message>
        <source>Sleeve</source>
        <translation>Tay áo</translation>
    </message>
    <message>
        <source>SLEEVE</source>
        <translation>TAY ÁO</translation>
    </message>
    <message>
        <source>Stand collar</source>
        <translation>Cổ đứng</translation>
    </message>
    <message>
        <source>COLLAR cut 2, interface one</source>
        <translation>CỔ cắt 2, ép mex một lá</translation>
    </message>
    <message>
        <source>facing 1</source>
        <translation>nẹp 1</translation>
    </message>
    <message>
        <source>Opening facing</source>
        <translation>Nẹp đường cài</translation>
    </message>
    <message>
        <source>OPENING FACING 1 cut 1, interface</source>
        <translation>NẸP ĐƯỜNG MỞ 1 cắt 1, ép mex</translation>
    </message>
    <message>
        <source>facing 2</source>
        <translation>nẹp 2</translation>
    </message>
    <message>
        <source>OPENING FACING 2 cut 1, interface</source>
        <translation>NẸP ĐƯỜNG MỞ 2 cắt 1, ép mex</translation>
    </message>
    <message>
        <source>Ao dai trousers front</source>
        <translation>Thân trước quần</translation>
    </message>
    <message>
        <source>AO DAI TROUSERS FRONT</source>
        <translation>THÂN TRƯỚC QUẦN</translation>
    </message>
    <message>
        <source>Ao dai trousers back</source>
        <translation>Thân sau quần</translation>
    </message>
    <message>
        <source>AO DAI TROUSERS BACK</source>
        <translation>THÂN SAU QUẦN</translation>
    </message>
    <message>
        <source>CASING cut 1 on fold; elastic 3.0 x 72 cm</source>
        <translation>LUỒN CHUN cắt 1 trên vải gấp đôi; chun 3,0 x 72 cm</translation>
    </message>
    <message>
        <source>WAISTBAND cut 1 on fold; opens at the left side</source>
        <translation>CẠP cắt 1 trên vải gấp đôi; mở bên trái</translation>
    </message>
    <message>
        <source>QIPAO FRONT</source>
        <translation>THÂN TRƯỚC SƯỜN XÁM</translation>
    </message>
    <message>
        <source>inner front</source>
        <translation>Vạt con (thân trong)</translation>
    </message>
    <message>
        <source>Inner front</source>
        <translation>Vạt con (thân trong)</translation>
    </message>
    <message>
        <source>INNER FRONT cut 1</source>
        <translation>THÂN TRƯỚC TRONG cắt 1</translation>
    </message>
    <message>
        <source>QIPAO BACK</source>
        <translation>THÂN SAU SƯỜN XÁM</translation>
    </message>
    <message>
        <source>QIPAO SLEEVE cut 2 (a pair)</source>
        <translation>TAY SƯỜN XÁM cắt 2 (một đôi)</translation>
    </message>
    <message>
        <source>armhole facing front</source>
        <translation>nẹp nách thân trước</translation>
    </message>
    <message>
        <source>Armhole facing</source>
        <translation>Nẹp vòng nách</translation>
    </message>
    <message>
        <source>ARMHOLE FACING cut 1</source>
        <translation>NẸP NÁCH cắt 1</translation>
    </message>
    <message>
        <source>armhole facing inner front</source>
        <translation>nẹp nách thân trước trong</translation>
    </message>
    <message>
        <source>armhole facing back</source>
        <translation>nẹp nách thân sau</translation>
    </message>
    <message>
        <source>ARMHOLE FACING cut 2 (a pair)</source>
        <translation>NẸP NÁCH cắt 2 (một đôi)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không cho tấ&amp;t cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>estimates cover {low}-{high} {unit} with the given {others}, got {value} {unit}; measure the missing values instead of estimating them</source>
        <translation>ước tính chỉ áp dụng cho {low}-{high} {unit} với {others} đã nhập, nhận được {value} {unit}; hãy đo các số đo còn thiếu thay vì ước tính</translation>
    </message>
    <message>
        <source>estimates cover {low}-{high} {unit}, got {value} {unit}; measure the missing values instead of estimating them</source>
        <translation>ước tính chỉ áp dụng cho {low}-{high} {unit}, nhận được {value} {unit}; hãy đo các số đo còn thiếu thay vì ước tính</translation>
    </message>
    <message>
        <source>estimates do not fit a value of {value} {unit}: {rule} (estimated: {estimates}); measure the missing values instead of estimating them</source>
        <translation>ước tính không phù hợp với giá trị {value} {unit}: {rule} (ước tính: {estimates}); hãy đo các số đo còn thiếu thay vì ước tính</translation>
    </message>
    <message>
        <source>this measurement is needed but missing</source>
        <translation>cần số đo này nhưng chưa có</translation>
    </message>
    <message>
        <source>{label} is not a finite number; expected a value in {unit}</source>
        <translation>{label} không phải là số hữu hạn; cần một giá trị tính bằng {unit}</translation>
    </message>
    <message>
        <source>{label} must be greater than 0 {unit}, got {value}</source>
        <translation>{label} phải lớn hơn 0 {unit}, nhận được {value}</translation>
    </message>
    <message>
        <source>{label} of {value} is impossible for an adult; expected {low}-{high} {unit}</source>
        <translation>{label} {value} là không thể đối với người trưởng thành; cần trong khoảng {low}-{high} {unit}</translation>
    </message>
    <message>
        <source>{label} of {value} is unusual for an adult female (typical {low}-{high} {unit}); please check it</source>
        <translation>{label} {value} là bất thường đối với phụ nữ trưởng thành (thường {low}-{high} {unit}); vui lòng kiểm tra lại</translation>
    </message>
    <message>
        <source>{label} of {value} is unusual for an adult male (typical {low}-{high} {unit}); please check it</source>
        <translation>{label} {value} là bất thường đối với nam giới trưởng thành (thường {low}-{high} {unit}); vui lòng kiểm tra lại</translation>
    </message>
    <message>
        <source>{label} of {value} is unusual for an adult (typical {low}-{high} {unit}); please check it</source>
        <translation>{label} {value} là bất thường đối với người trưởng thành (thường {low}-{high} {unit}); vui lòng kiểm tra lại</translation>
    </message>
    <message>
        <source>{label} is not a number: {text}; expected a number in {unit}</source>
        <translation>{label} không phải là số: {text}; cần một số tính bằng {unit}</translation>
    </message>
    <message>
        <source>missing measurement(s) {names}; enter them or let them be estimated</source>
        <translation>thiếu số đo {names}; hãy nhập hoặc để chương trình ước tính</translation>
    </message>
    <message>
        <source>underbust girth is larger than chest girth; the underbust is measured below the bust and cannot be larger</source>
        <translation>vòng chân ngực lớn hơn vòng ngực; vòng chân ngực đo dưới bầu ngực nên không thể lớn hơn</translation>
    </message>
    <message>
        <source>neck girth (collar height) is larger than the neck base girth; the neck narrows above its base</source>
        <translation>vòng cổ (chân cổ áo đứng) lớn hơn vòng chân cổ; cổ nhỏ dần lên trên</translation>
    </message>
    <message>
        <source>neck to bust point is longer than the front waist length, which runs on over the bust point to the waist</source>
        <translation>hạ ngực dài hơn hạ eo trước, mà hạ eo trước đi qua đỉnh ngực xuống tới eo</translation>
    </message>
    <message>
        <source>armscye girth is smaller than the upper arm girth; the arm root is the larger</source>
        <translation>vòng nách nhỏ hơn vòng bắp tay; chân tay phải lớn hơn</translation>
    </message>
    <message>
        <source>inside leg is longer than a body of this height allows (at most 60% of height)</source>
        <translation>dài giàng quần dài hơn mức chiều cao này cho phép (tối đa 60% chiều cao)</translation>
    </message>
    <message>
        <source>outside leg is longer than a body of this height allows (at most 72% of height)</source>
        <translation>dài quần dài hơn mức chiều cao này cho phép (tối đa 72% chiều cao)</translation>
    </message>
    <message>
        <source>inside leg must be shorter than outside leg (the crotch is below the waist)</source>
        <translation>dài giàng quần phải ngắn hơn dài quần (đáy nằm dưới eo)</translation>
    </message>
    <message>
        <source>back waist length is longer than a body of this height allows (at most 35% of height)</source>
        <translation>hạ eo sau dài hơn mức chiều cao này cho phép (tối đa 35% chiều cao)</translation>
    </message>
    <message>
        <source>arm length is longer than a body of this height allows (at most 45% of height)</source>
        <translation>dài tay dài hơn mức chiều cao này cho phép (tối đa 45% chiều cao)</translation>
    </message>
    <message>
        <source>neck base girth is larger than chest girth</source>
        <translation>vòng chân cổ lớn hơn vòng ngực</translation>
    </message>
    <message>
        <source>wrist girth is larger than upper arm girth</source>
        <translation>vòng cổ tay lớn hơn vòng bắp tay</translation>
    </message>
    <message>
        <source>ankle girth is larger than calf girth</source>
        <translation>vòng cổ chân lớn hơn vòng bắp chân</translation>
    </message>
    <message>
        <source>knee girth is larger than thigh girth</source>
        <translation>vòng gối lớn hơn vòng đùi</translation>
    </message>
    <message>
        <source>shoulder width is more than half the chest girth allows (at most 55%)</source>
        <translation>rộng vai lớn hơn mức nửa vòng ngực cho phép (tối đa 55%)</translation>
    </message>
    <message>
        <source>waist girth is far above hip girth (more than 25% larger); please check both</source>
        <translation>vòng eo lớn hơn nhiều so với vòng mông (hơn 25%); vui lòng kiểm tra cả hai</translation>
    </message>
    <message>
        <source>waist girth is far above chest girth (more than 25% larger); please check both</source>
        <translation>vòng eo lớn hơn nhiều so với vòng ngực (hơn 25%); vui lòng kiểm tra cả hai</translation>
    </message>
    <message>
        <source>waist girth is more than 5 cm larger than the waist girth at the navel; the natural waist is the narrowest part of the torso above it (are the two swapped?)</source>
        <translation>vòng eo lớn hơn vòng eo ngang rốn quá 5 cm; eo tự nhiên là chỗ nhỏ nhất của thân ở phía trên rốn (có bị nhập đảo hai số không?)</translation>
    </message>
    <message>
        <source>waist girth at the navel is far above hip girth (more than 25% larger); please check both</source>
        <translation>vòng eo ngang rốn lớn hơn nhiều so với vòng mông (hơn 25%); vui lòng kiểm tra cả hai</translation>
    </message>
    <message>
        <source>waist girth at the navel is far above chest girth (more than 25% larger); please check both</source>
        <translation>vòng eo ngang rốn lớn hơn nhiều so với vòng ngực (hơn 25%); vui lòng kiểm tra cả hai</translation>
    </message>
    <message>
        <source>bust point distance is more than a third of the chest girth</source>
        <translation>dang ngực lớn hơn một phần ba vòng ngực</translation>
    </message>
    <message>
        <source>across back width is more than 55% of the chest girth</source>
        <translation>ngang lưng lớn hơn 55% vòng ngực</translation>
    </message>
    <message>
        <source>across front width is more than half the chest girth</source>
        <translation>ngang ngực lớn hơn một nửa vòng ngực</translation>
    </message>
</context>
</TS>
